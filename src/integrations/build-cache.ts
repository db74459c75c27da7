import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { setBuildCacheDir } from '../lib/content/build-cache';

/** Tells the pages where the build's cache folder is (src/lib/content/build-cache.ts). */
export function buildCache(): AstroIntegration {
  return {
    name: 'build-cache',
    hooks: {
      'astro:config:done': ({ config }) => setBuildCacheDir(fileURLToPath(config.cacheDir)),
    },
  };
}

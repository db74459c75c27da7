// The build's cache folder (Astro's `cacheDir`), for what pages keep between builds. The
// integration that knows it runs from the config and the pages from their own bundle, in the
// same process: the folder is handed over under a global symbol.
const KEY = Symbol.for('explainer-site.build-cache-dir');
const holder = globalThis as { [KEY]?: string };

/** Set once the config is known (src/integrations/build-cache.ts). */
export function setBuildCacheDir(dir: string): void {
  holder[KEY] = dir;
}

/** The build's cache folder; none outside a build or the dev server (unit tests). */
export function buildCacheDir(): string | undefined {
  return holder[KEY];
}

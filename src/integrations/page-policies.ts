import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { trimPolicyHashes } from '../lib/security/page-csp';

/**
 * Trims each page's Content Security Policy to the hashes of its own inline elements
 * (src/lib/security/page-csp.ts), as soon as the pages are written and before the steps that
 * read them (search index, offline edition). It stays before them in astro.config.mjs.
 */
export function pagePolicies(): AstroIntegration {
  return {
    name: 'page-policies',
    hooks: {
      'astro:build:generated': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const path = join(entry.parentPath, entry.name);
          const html = await readFile(path, 'utf8');
          const trimmed = trimPolicyHashes(html);
          if (trimmed !== html) await writeFile(path, trimmed);
        }
      },
    },
  };
}

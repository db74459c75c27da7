import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { trimPolicyHashes } from '../lib/security/page-csp';

/** Pages read, trimmed and written at once. */
const IN_FLIGHT = 32;

async function trimPage(path: string): Promise<void> {
  const html = await readFile(path, 'utf8');
  const trimmed = trimPolicyHashes(html);
  if (trimmed !== html) await writeFile(path, trimmed);
}

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
        const pages = (await readdir(outDir, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .map((entry) => join(entry.parentPath, entry.name));
        // A few dozen at a time: one by one, the build waited on the disk for each page in turn;
        // thousands at once would run out of file handles.
        for (let i = 0; i < pages.length; i += IN_FLIGHT) {
          await Promise.all(pages.slice(i, i + IN_FLIGHT).map(trimPage));
        }
      },
    },
  };
}

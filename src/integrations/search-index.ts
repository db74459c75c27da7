import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import {
  type BundleFile,
  indexDataFiles,
  offlineDataScript,
  offlineScriptPath,
  webFiles,
} from '../lib/search/bundle-files';
import { offlineHighlight, offlineRuntime } from './search/offline-runtime';

/** Repeated chrome inside the main content that search should not match: self-links and screen-reader labels. */
const EXCLUDE_SELECTORS = ['[data-self-link]', '.visually-hidden'];

function check(what: string, errors: string[]): void {
  if (errors.length) throw new Error(`Search index: ${what} failed:\n  ${errors.join('\n  ')}`);
}

/** Indexes every built page with Pagefind's Node API and returns the bundle's files. */
async function indexSite(outDir: string): Promise<BundleFile[]> {
  const { index, errors } = await pagefind.createIndex({
    // Pages are files: a link to `/` would be a directory listing from disk.
    keepIndexUrl: true,
    excludeSelectors: EXCLUDE_SELECTORS,
  });
  check('creating the index', errors);
  if (!index) throw new Error('Search index: Pagefind returned no index.');
  const added = await index.addDirectory({ path: outDir });
  check(`indexing ${outDir}`, added.errors);
  if (added.page_count === 0) {
    throw new Error(
      'Search index: no page was indexed. Fix: render pages through BaseLayout, which marks their content.',
    );
  }
  const { files, errors: fileErrors } = await index.getFiles();
  check('reading the index', fileErrors);
  return files;
}

async function put(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/**
 * Builds the search index after the pages, so `npm run build` alone makes a
 * searchable site. Writes `pagefind/` (what pages load over http) and
 * `pagefind/offline/` (the same runtime and index as classic scripts, for
 * pages opened from disk).
 */
export function searchIndex(): AstroIntegration {
  let offlineFetch = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ config }) => {
        offlineFetch = fileURLToPath(new URL('scripts/search/offline-fetch.ts', config.srcDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const bundleDir = join(outDir, 'pagefind');
        try {
          const files = await indexSite(outDir);
          const text = (path: string) =>
            new TextDecoder().decode(files.find((f) => f.path === path)?.content ?? new Uint8Array());
          const web = webFiles(files);
          for (const file of web) await put(join(bundleDir, file.path), file.content);
          const data = indexDataFiles(files);
          for (const file of data)
            await put(join(bundleDir, offlineScriptPath(file.path)), offlineDataScript(file));
          await put(
            join(bundleDir, offlineScriptPath('pagefind')),
            await offlineRuntime(text('pagefind.js'), offlineFetch),
          );
          await put(
            join(bundleDir, offlineScriptPath('pagefind-highlight')),
            await offlineHighlight(text('pagefind-highlight.js')),
          );
          logger.info(`${data.length} index files, also as classic scripts for reading from disk`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

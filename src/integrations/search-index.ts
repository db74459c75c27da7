import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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
import { clientEntries } from '../scripts/entries';
import { builtFiles } from './built-files';
import { entrySource } from './client-scripts';
import { offlineHighlight, offlineRuntime } from './search/offline-runtime';

/** Repeated chrome inside the main content that search should not match: self-links and screen-reader labels. */
const EXCLUDE_SELECTORS = ['[data-self-link]', '.visually-hidden'];

const INDEX_OPTIONS = {
  // Pages are files: a link to `/` would be a directory listing from disk.
  keepIndexUrl: true,
  excludeSelectors: EXCLUDE_SELECTORS,
};

/**
 * Word locations per index chunk; Pagefind's default is 20,000. A query fetches
 * the chunks its words fall in, so smaller chunks cost each query less, at the
 * price of a longer chunk list in the metadata every search loads first.
 * Pagefind reads this from its environment and calls it unstable: a version
 * that ignores it builds the same search, only with larger chunks.
 */
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
const INDEX_CHUNK_SIZE = '2000';

function check(what: string, errors: string[]): void {
  if (errors.length) throw new Error(`Search index: ${what} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * A digest of everything the index is made from: every page's path and HTML,
 * Pagefind's settings and version. Pages that did not change give the same
 * index, so it is read from the cache instead of made again.
 */
async function indexInputs(outDir: string): Promise<string> {
  const hash = createHash('sha256');
  // The project's Pagefind (its package exports no package.json to resolve).
  const pagefindPackage = join(process.cwd(), 'node_modules', 'pagefind', 'package.json');
  const { version } = JSON.parse(await readFile(pagefindPackage, 'utf8').catch(() => '{}'));
  hash.update(JSON.stringify({ version, INDEX_OPTIONS, chunk: process.env[CHUNK_SIZE_VARIABLE] }));
  // Read a few dozen at a time, hashed in order: one file after another took over a second at 1,000 documents.
  const pages = (await builtFiles(outDir)).filter((p) => p.endsWith('.html'));
  for (let i = 0; i < pages.length; i += 64) {
    const batch = pages.slice(i, i + 64);
    const contents = await Promise.all(batch.map((path) => readFile(join(outDir, path))));
    batch.forEach((path, j) => {
      hash.update(`\0${path}\0`).update(contents[j] as Buffer);
    });
  }
  return hash.digest('hex');
}

/** The last index made, in the cache under the digest of its inputs: one kept, the one before replaced. */
async function cachedIndex(
  cacheFile: string,
  digest: string,
  make: () => Promise<{ files: BundleFile[]; pages: number }>,
): Promise<{ files: BundleFile[]; pages: number; reused: boolean }> {
  const cached = await readFile(cacheFile, 'utf8').catch(() => '');
  const last = cached && JSON.parse(cached);
  if (last?.digest === digest) {
    const files = last.files.map((f: { path: string; content: string }) => ({
      path: f.path,
      content: new Uint8Array(Buffer.from(f.content, 'base64')),
    }));
    return { files, pages: last.pages, reused: true };
  }
  const made = await make();
  await rm(cacheFile, { force: true });
  await mkdir(dirname(cacheFile), { recursive: true });
  const files = made.files.map((f) => ({ path: f.path, content: Buffer.from(f.content).toString('base64') }));
  await writeFile(cacheFile, JSON.stringify({ digest, pages: made.pages, files }));
  return { ...made, reused: false };
}

/** Indexes every built page with Pagefind's Node API and returns the bundle's files. */
async function indexSite(outDir: string): Promise<{ files: BundleFile[]; pages: number }> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
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
  return { files, pages: added.page_count };
}

/** Writes files a few dozen at a time: thousands at once would run out of file handles. */
async function writeAll(files: [path: string, content: string | Uint8Array][]): Promise<void> {
  for (const dir of new Set(files.map(([path]) => dirname(path)))) await mkdir(dir, { recursive: true });
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(files.slice(i, i + 64).map(([path, content]) => writeFile(path, content)));
  }
}

/** Indexes the site and writes `pagefind/` and `pagefind/offline/`; returns what the log reports. */
async function writeSearchBundle(outDir: string, offlineFetch: string, cacheFile: string): Promise<string> {
  const bundleDir = join(outDir, 'pagefind');
  const started = performance.now();
  process.env[CHUNK_SIZE_VARIABLE] ??= INDEX_CHUNK_SIZE;
  try {
    const { files, pages, reused } = await cachedIndex(cacheFile, await indexInputs(outDir), () =>
      indexSite(outDir),
    );
    const text = (path: string) =>
      new TextDecoder().decode(files.find((f) => f.path === path)?.content ?? new Uint8Array());
    const data = indexDataFiles(files);
    await writeAll([
      ...webFiles(files).map((f): [string, Uint8Array] => [join(bundleDir, f.path), f.content]),
      ...data.map((f): [string, string] => [
        join(bundleDir, offlineScriptPath(f.path)),
        offlineDataScript(f),
      ]),
      [
        join(outDir, clientEntries['offline-search'].output),
        await offlineRuntime(text('pagefind.js'), offlineFetch),
      ],
      [
        join(bundleDir, offlineScriptPath('pagefind-highlight')),
        await offlineHighlight(text('pagefind-highlight.js')),
      ],
    ]);
    return `${pages} pages indexed${reused ? ' (unchanged: the index from the cache)' : ''}; ${data.length} index files, also as classic scripts for reading from disk, in ${Math.round(performance.now() - started)} ms`;
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the search index after the pages, so `npm run build` alone makes a
 * searchable site. Writes `pagefind/` (what pages load over http) and
 * `pagefind/offline/` (the same runtime and index as classic scripts, for
 * pages opened from disk).
 *
 * Indexing starts as soon as the pages are written (`astro:build:generated`)
 * and runs in Pagefind's own process while the other integrations copy
 * originals and draw share images; `astro:build:done` waits for it. Nothing
 * written after the pages is HTML, so the index sees the finished pages.
 */
export function searchIndex(): AstroIntegration {
  let offlineFetch = '';
  let cacheFile = '';
  let indexing: Promise<string> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ config }) => {
        offlineFetch = entrySource(config.srcDir, 'offline-search');
        cacheFile = join(fileURLToPath(config.cacheDir), 'search-index.json');
      },
      'astro:build:generated': ({ dir }) => {
        indexing = writeSearchBundle(fileURLToPath(dir), offlineFetch, cacheFile);
        // Awaited in astro:build:done; this only keeps an early failure from counting as unhandled.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(await (indexing ?? writeSearchBundle(fileURLToPath(dir), offlineFetch, cacheFile)));
        indexing = undefined;
      },
    },
  };
}

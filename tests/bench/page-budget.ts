import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every page at most this many gzip bytes before the reader does anything (15 kB). */
export const PAGE_BUDGET = 15_000;

export interface PageCost {
  page: string;
  htmlGzip: number;
  /** Scripts and stylesheets the page links, each counted once. */
  assetsGzip: number;
  totalGzip: number;
}

// What a page loads by itself: `<script src>` (deferred or not) and stylesheets. Scripts named in
// `data-script` wait for the reader's first move (on-interaction.js), so they are not counted.
const LOADS = /<script\b[^>]*?\ssrc="([^"]+)"|<link\b[^>]*?\brel="stylesheet"[^>]*?\bhref="([^"]+)"/g;

/**
 * What every page of a built site costs before interaction, from the files alone: the gzip bytes
 * of its HTML plus those of each script and stylesheet it links. Heaviest first.
 */
export async function pageCosts(dist: string): Promise<PageCost[]> {
  const gzipped = new Map<string, Promise<number>>();
  const gzipFile = (path: string) => {
    let size = gzipped.get(path);
    if (!size) {
      size = readFile(path).then((bytes) => gzipSync(bytes).length);
      gzipped.set(path, size);
    }
    return size;
  };
  const costs: PageCost[] = [];
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const html = await readFile(path, 'utf8');
    const assets = new Set<string>();
    for (const [, script, style] of html.matchAll(LOADS)) {
      const href = (script ?? style ?? '').split(/[?#]/)[0] ?? '';
      if (href && !/^[a-z]+:/i.test(href)) assets.add(resolve(dirname(path), href));
    }
    const htmlGzip = gzipSync(html).length;
    let assetsGzip = 0;
    for (const asset of assets) assetsGzip += await gzipFile(asset);
    costs.push({ page: relative(dist, path), htmlGzip, assetsGzip, totalGzip: htmlGzip + assetsGzip });
  }
  return costs.sort((a, b) => b.totalGzip - a.totalGzip || a.page.localeCompare(b.page));
}

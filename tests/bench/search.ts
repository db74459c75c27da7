import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ensureChromium } from '../helpers/find-chromium.ts';
import { serveStatic } from '../helpers/static-server.ts';

/** Words the synthetic corpus and the real explainer both use, starting with different letters (different index chunks). */
const QUERIES = [
  'budget request',
  'extradition',
  'monitoring contract',
  'patrols',
  'task force',
  'Maltz',
  'inspection',
];

export interface SearchFigures {
  /** Search bytes a page loads before the reader asks: the hook only (gzip). */
  hookGzip: number;
  /** Everything the first query loads after focus, as served (Pagefind's index files are gzip already). */
  coldQueryBytes: number;
  /** The same, with the scripts and JSON gzipped as a host would send them. */
  coldQueryGzip: number;
  /** Bytes each later query loads, gzip: the largest and the mean. */
  laterQueryMaxGzip: number;
  laterQueryMeanGzip: number;
  /** From the end of the debounce to results on screen, index already loaded (ms): median and worst. */
  warmPaintMedianMs: number;
  warmPaintMaxMs: number;
  /** Layout shift while results appear (the header list and the search page opened from a link). */
  layoutShift: number;
}

const compressible = (url: string) => /\.(js|json|html|css)(\?|$)/.test(url);

function meter(page: Page) {
  let bytes = 0;
  let gzip = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          bytes += body.length;
          gzip += compressible(response.url()) ? gzipSync(body).length : body.length;
        })
        .catch(() => undefined),
    );
  });
  return {
    async take() {
      await page.waitForLoadState('networkidle');
      await Promise.all(pending.splice(0));
      const out = { bytes, gzip };
      bytes = 0;
      gzip = 0;
      return out;
    },
  };
}

async function query(page: Page, text: string): Promise<void> {
  await page.fill('#site-search-input', '');
  // A brisk typist: each key well inside the debounce, so only the finished words are searched.
  await page.locator('#site-search-input').pressSequentially(text, { delay: 90 });
  await page.waitForFunction(
    (q) =>
      document
        .querySelector('form[data-search="header"] [data-search-status]')
        ?.textContent?.includes(`“${q}”`),
    text,
  );
}

async function paintTimes(page: Page): Promise<number[]> {
  await page.waitForTimeout(50);
  return page.evaluate(() => performance.getEntriesByName('search:results').map((e) => e.duration));
}

async function layoutShift(browser: Browser, base: string): Promise<number> {
  let total = 0;
  for (const path of ['search.html?q=inspection', 'index.html']) {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) {
          (window as unknown as { shift: number }).shift += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${base}/${path}`);
    if (path === 'index.html') await query(page, 'inspection');
    else await page.waitForSelector('[data-search-results] li');
    await page.waitForTimeout(300);
    total += await page.evaluate(() => (window as unknown as { shift: number }).shift);
    await page.close();
  }
  return total;
}

/**
 * What search costs in a built site, in Chromium over http: the hook every
 * page loads, the first query from a cold cache, each later query, how fast
 * results appear once the index is loaded, and whether anything shifts.
 */
export async function measureSearch(dist: string): Promise<SearchFigures> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const m = meter(page);
    await page.goto(`${server.url}/index.html`);
    const hook = await page.evaluate(() =>
      performance.getEntriesByType('resource').some((r) => r.name.includes('/scripts/search.js')),
    );
    if (hook) throw new Error('search.js loaded before the reader asked for search');
    await m.take();
    await page.focus('#site-search-input');
    await query(page, QUERIES[0] ?? '');
    const cold = await m.take();
    const later: number[] = [];
    for (const q of QUERIES.slice(1)) {
      await query(page, q);
      later.push((await m.take()).gzip);
    }
    await page.evaluate(() => performance.clearMeasures('search:results'));
    for (const q of QUERIES) await query(page, q);
    const warm = (await paintTimes(page)).sort((a, b) => a - b);
    const hookBody = await (await fetch(`${server.url}/scripts/search-hook.js`)).arrayBuffer();
    const figures: SearchFigures = {
      hookGzip: gzipSync(Buffer.from(hookBody)).length,
      coldQueryBytes: cold.bytes,
      coldQueryGzip: cold.gzip,
      laterQueryMaxGzip: Math.max(...later),
      laterQueryMeanGzip: Math.round(later.reduce((a, b) => a + b, 0) / later.length),
      warmPaintMedianMs: Math.round(warm[Math.floor(warm.length / 2)] ?? 0),
      warmPaintMaxMs: Math.round(warm.at(-1) ?? 0),
      layoutShift: Number((await layoutShift(browser, server.url)).toFixed(4)),
    };
    await context.close();
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

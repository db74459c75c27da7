// The reader-facing targets over every page: no layout shift after the first interaction (at a
// phone's and a desktop's width) and no horizontal scrolling at 320 px.
import { readdir } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { interact } from '../helpers/browser.ts';

export interface PageTargets {
  page: string;
  /** Cumulative layout shift from the first interaction until the page settles. */
  clsPhone: number;
  clsDesktop: number;
  /** How far the page is wider than the window at 320 px (0 when it needs no horizontal scrolling). */
  overflow320: number;
}

/** Every HTML page of a build, but the 404 page (it has no fixed place). */
export async function everyPage(dist: string): Promise<string[]> {
  const files = await readdir(dist, { recursive: true, withFileTypes: true });
  return files
    .filter((f) => f.isFile() && f.name.endsWith('.html') && f.name !== '404.html')
    .map((f) => relative(dist, `${f.parentPath}/${f.name}`))
    .sort();
}

async function shiftAfterInteraction(browser: Browser, url: string, width: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await interact(page);
  await page.evaluate(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: false });
  });
  // A second move and a scroll, as a reader goes on; then let late work land.
  await page.mouse.move(200, 300);
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(500);
  const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
  await context.close();
  return Number(shift.toFixed(4));
}

async function overflowAt320(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await interact(page);
  const past = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await context.close();
  return Math.max(0, past);
}

/** The targets for each page, in Chromium, over http. */
export async function measurePageTargets(
  browser: Browser,
  base: string,
  pages: readonly string[],
): Promise<PageTargets[]> {
  const results: PageTargets[] = [];
  for (const page of pages) {
    const url = `${base}/${page}`;
    results.push({
      page,
      clsPhone: await shiftAfterInteraction(browser, url, 390),
      clsDesktop: await shiftAfterInteraction(browser, url, 1280),
      overflow320: await overflowAt320(browser, url),
    });
  }
  return results;
}

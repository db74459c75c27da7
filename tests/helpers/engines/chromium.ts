import type { Page } from 'playwright-core';
import { launchBrowser } from '../browser';
import { type Engine, type EnginePage, isForeign } from './engine';
import { COLLECTOR_SOURCE } from './error-collector';

/**
 * Chromium through Playwright (CDP), the engine every other gate uses: console and
 * page-error events, plus the in-page collector the other engines use (error-collector.ts).
 */
export async function launchChromium(): Promise<Engine> {
  const browser = await launchBrowser();
  return {
    name: 'chromium',
    prepare: async (root) => root,
    open: async (url) => {
      const page = await browser.browser.newPage();
      const problems: string[] = [];
      const foreign: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      page.on('request', (r) => {
        if (isForeign(url, r.url())) foreign.push(r.url());
      });
      // Read from the page, not sent through a binding that may still be on its way.
      await page.addInitScript(COLLECTOR_SOURCE);
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page, problems, foreign);
    },
    close: () => browser.close(),
  };
}

function wrap(page: Page, problems: string[], foreign: string[]): EnginePage {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    problems: async () => [
      ...problems,
      ...(await page.evaluate(() => (window as unknown as { __engineProblems: string[] }).__engineProblems)),
    ],
    foreignRequests: async () => [...foreign],
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    moveTo: (x, y) => page.mouse.move(x, y),
    hover: (selector) => page.hover(selector),
    clickAt: (selector) => page.click(selector),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => {
      await page.screenshot({ path, fullPage: false });
    },
    close: () => page.close(),
  };
}

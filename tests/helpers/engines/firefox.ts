import puppeteer, { type Page } from 'puppeteer-core';
import { FIREFOX } from '../find-browsers';
import { type Engine, type EnginePage, isForeign } from './engine';
import { COLLECTOR_SOURCE } from './error-collector';

/**
 * Firefox ESR through WebDriver BiDi (puppeteer-core, never its downloads): console
 * errors and uncaught exceptions arrive as BiDi log events, CSP violations too;
 * a preload script adds the in-page record WebKit uses (error-collector.ts).
 */
export async function launchFirefox(): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { 'browser.cache.disk.enable': false },
  });
  return {
    name: 'firefox',
    prepare: async (root) => root,
    open: async (url) => {
      const page = await browser.newPage();
      const problems: string[] = [];
      const foreign: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`uncaught: ${(e as Error).message ?? e}`));
      page.on('request', (r) => {
        if (isForeign(url, r.url())) foreign.push(r.url());
      });
      // BiDi reports no requests from file:// pages: the collector's record covers those.
      await page.evaluateOnNewDocument(COLLECTOR_SOURCE);
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page, url, problems, foreign);
    },
    close: () => browser.close(),
  };
}

function wrap(page: Page, url: string, problems: string[], foreign: string[]): EnginePage {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    problems: async () => [
      ...problems,
      ...(await page.evaluate(() => (window as unknown as { __engineProblems: string[] }).__engineProblems)),
    ],
    foreignRequests: async () => [
      ...new Set([
        ...foreign,
        ...(
          await page.evaluate(() => (window as unknown as { __engineRequests: string[] }).__engineRequests)
        ).filter((r) => isForeign(url, r)),
      ]),
    ],
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    moveTo: (x, y) => page.mouse.move(x, y),
    hover: (selector) => page.hover(selector),
    clickAt: (selector) => page.click(selector),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}

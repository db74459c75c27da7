import type { Page } from 'playwright-core';
import { launchBrowser } from '../browser';
import { type Engine, type EnginePage, isForeign } from './engine';

/** Chromium through Playwright (CDP): the engine every other gate already uses. */
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
      await page.exposeFunction('__engineCsp', (v: string) => problems.push(`CSP violation: ${v}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __engineCsp: (v: string) => void }).__engineCsp(
            `${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`,
          ),
        );
      });
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
    problems: async () => [...problems],
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

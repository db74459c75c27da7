import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/integrations/built-files';
import { launchBrowser, openPage, type TestBrowser } from '../helpers/browser';
import { requireDist } from '../helpers/dist';

let browser: TestBrowser;
let dist: string;

beforeAll(async () => {
  dist = requireDist();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the site opened from disk (file://)', () => {
  it('every page is reachable by clicking from index.html, and none logs an error', async () => {
    const root = pathToFileURL(join(dist, '/')).href;
    const seen = new Set<string>();
    const queue = ['index.html'];
    const failures: { page: string; problems: string[] }[] = [];
    while (queue.length > 0) {
      const path = queue.shift() as string;
      if (seen.has(path)) continue;
      seen.add(path);
      const { page, problems } = await openPage(browser.browser, `${root}${path}`);
      const title = await page.title();
      // Links as the browser resolves them: a broken one from disk is a missing file.
      const targets = await page.evaluate(() =>
        // SVG links too (the timeline's), whose href is not a string property.
        [...document.querySelectorAll('a[href]')].map(
          (a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href.split('#')[0] ?? '',
        ),
      );
      await page.close();
      if (problems.length > 0 || title === '') failures.push({ page: path, problems });
      for (const target of targets) {
        if (!target.startsWith(root) || !target.endsWith('.html')) continue;
        queue.push(decodeURIComponent(target.slice(root.length)));
      }
    }
    expect(failures).toEqual([]);
    // All but the 404 page, which hosts serve at missing addresses and nothing links to.
    const pages = (await builtFiles(dist)).filter((f) => f.endsWith('.html') && f !== '404.html');
    expect([...seen].sort()).toEqual(pages);
  });

  it('clicking a passage link from a page opens the passage, from disk', async () => {
    const root = pathToFileURL(join(dist, '/')).href;
    const { page, problems } = await openPage(browser.browser, `${root}documents.html`);
    await page.locator('main .card-list a').first().click();
    await page.waitForLoadState('load');
    const first = page.locator('a[data-self-link]').nth(1);
    const id = (await first.getAttribute('href'))?.slice(1) ?? '';
    await first.click();
    expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
    expect(await page.locator('.anchor-missing').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

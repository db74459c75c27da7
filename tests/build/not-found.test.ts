import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type TestBrowser } from '../helpers/browser';
import { type BuildResult, buildOrFail, fixtureContent } from '../helpers/build-site';
import { type StaticServer, serveStatic } from '../helpers/static-server';

// Under a sub-path, where a relative link on a page served at any depth would go most wrong.
const SITE = 'https://news.example/explainers/cia/';
let build: BuildResult;
let browser: TestBrowser;
let server: StaticServer;

beforeAll(async () => {
  build = await buildOrFail(fixtureContent, { env: { SITE_URL: SITE } });
  [browser, server] = await Promise.all([
    launchBrowser(),
    serveStatic(build.outDir, 0, { notFoundPage: '404.html' }),
  ]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

describe('the 404 page', () => {
  it('links only to the public site, is kept out of the sitemap and search, and asks not to be indexed', async () => {
    const html = await readFile(join(build.outDir, '404.html'), 'utf8');
    const { document } = parseHTML(html);
    const hrefs = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => h !== '#main' && !h.startsWith(SITE))).toEqual([]);
    expect(hrefs).toEqual(
      expect.arrayContaining([SITE, `${SITE}documents.html`, `${SITE}timeline.html`, `${SITE}search.html`]),
    );
    // Each link is to a page the build has.
    for (const href of hrefs.filter((h) => h.startsWith(SITE))) {
      const path = href.slice(SITE.length) || 'index.html';
      await expect(readFile(join(build.outDir, path)), href).resolves.toBeTruthy();
    }
    expect(document.querySelectorAll('[src], link[rel="stylesheet"]')).toHaveLength(0);
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(document.querySelector('[data-pagefind-body]')).toBeNull();
    expect(await readFile(join(build.outDir, 'sitemap.xml'), 'utf8')).not.toContain('404');
  });

  it('served by the host for a missing address deep in the site, it is whole: styled, and it fetches nothing', async () => {
    const missing = `${server.url}/documents/a-renamed-article.html`;
    const requests: string[] = [];
    browser.browser.on('request', (r) => requests.push(r.url()));
    const { page, problems } = await openPage(browser.browser, missing);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    // The site's styles are inline: the skip link is off screen until focused.
    expect(await page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().bottom <= 0)).toBe(
      true,
    );
    expect(requests).toEqual([missing]);
    // The only error is the 404 status itself.
    expect(problems).toEqual([expect.stringMatching(/404 \(Not Found\)/)]);
    await page.close();
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/integrations/built-files';
import { checkLinks } from '../gates/checks/links';
import { interact, openPage } from '../helpers/browser';
import { buildOrFail, fixtureContent } from '../helpers/build-site';
import { siteInBrowser } from '../helpers/site-in-browser';

// The fixture site sets no url and the build gets no SITE_URL: the site's address is unknown.
const PORT = 'documents/port-inspections.html';
let output = '';
const site = siteInBrowser(async () => {
  const build = await buildOrFail(fixtureContent, { env: { SITE_URL: '' } });
  output = build.output;
  return build.outDir;
});
let files: string[] = [];
beforeAll(async () => {
  files = await builtFiles(site.dist);
});
const page = async (path: string) => parseHTML(await readFile(join(site.dist, path), 'utf8')).document;

describe('a site whose address is not known', () => {
  it('warns, and no page claims an address: no canonical link, og:url, share image or feed link', async () => {
    expect(output).toMatch(/no public address.*Fix: set url in content\/site\.yaml/);
    for (const path of files.filter((f) => f.endsWith('.html'))) {
      const html = await readFile(join(site.dist, path), 'utf8');
      expect({
        path,
        claims: html.match(/https:\/\/example\.org|rel="canonical"|og:url|og:image"/g),
      }).toEqual({
        path,
        claims: null,
      });
    }
  });

  it('writes no sitemap or feed, and robots.txt names none', async () => {
    expect(files).not.toContain('sitemap.xml');
    expect(files).not.toContain('feed.xml');
    expect(await readFile(join(site.dist, 'robots.txt'), 'utf8')).not.toMatch(/Sitemap/);
  });

  it('its 404 page is a plain page that links nowhere it cannot know', async () => {
    const document = await page('404.html');
    expect([...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))).toEqual(['#main']);
    expect(await checkLinks(site.dist)).toEqual([]);
  });

  it('copies and cites the address the reader is on, and from disk says no published address is known', async () => {
    const { page: http, problems } = await openPage(site.context, `${site.url}/${PORT}`);
    await interact(http);
    expect(await http.locator('.cite-permalink').textContent()).toBe(`${site.url}/${PORT}`);
    expect(await http.locator('.cite-text').first().textContent()).toContain(`${site.url}/${PORT}`);
    expect(problems).toEqual([]);
    await http.close();
    const disk = await site.context.newPage();
    await disk.goto(site.file(PORT));
    await interact(disk);
    await disk.locator('[data-disk-note]').waitFor();
    expect(await disk.locator('[data-disk-note]').textContent()).toMatch(/address is not known/);
    await disk.close();
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage } from '../../helpers/browser';
import { buildOrFail, projectRoot } from '../../helpers/build-site';
import { siteInBrowser } from '../../helpers/site-in-browser';

// The site's own content, built with a public address: without one, pages claim none to print.
const PUBLIC = 'https://news.example/explainer/';
const site = siteInBrowser(
  async () => (await buildOrFail(join(projectRoot, 'content'), { env: { SITE_URL: PUBLIC } })).outDir,
);

/** What print writes after each link `selector` finds in main, read before any interaction. */
async function printed(path: string, selector: string) {
  const { page, problems } = await openPage(site.context, site.http(path));
  await page.emulateMedia({ media: 'print' });
  const after = await page.$$eval(`main ${selector}`, (links) =>
    links.map((a) => getComputedStyle(a, '::after').content),
  );
  const scripts = await page.$$eval(
    'script[data-script]',
    (s) => s.filter((e) => 'loaded' in e.dataset).length,
  );
  await page.close();
  return { after, scripts, problems };
}

const ABSOLUTE = /^" <https:\/\/news\.example\/explainer\/documents\/[^ ]+\.html#p-[^ ]+>"$/;

describe('printing before any interaction', () => {
  it.each([
    ['a chapter’s sources', 'explainer/overview.html', '.citation-list a[href*="#p-"]'],
    ['the timeline’s sources', 'timeline.html', '.tl-entry-sources a'],
  ])('writes out %s’ public addresses, with no script loaded', async (_, path, selector) => {
    const { after, scripts, problems } = await printed(path, selector);
    expect(scripts).toBe(0);
    expect(after.length).toBeGreaterThan(0);
    for (const content of after) expect(content).toMatch(ABSOLUTE);
    expect(problems).toEqual([]);
  });

  it('writes out the address of a link to a full URL, but not twice where the link reads as its address', async () => {
    const links = await printed('404.html', 'a[href^="https:"]');
    expect(links.after.length).toBeGreaterThan(0);
    for (const content of links.after) expect(content).toMatch(/^" <https:\/\/[^ ]+>"$/);
    const permalink = await printed('explainer/overview.html', '[data-cite] a[href^="https:"]');
    expect(permalink.after).toEqual(['none']);
  });

  it('leaves the inline [n] markers alone', async () => {
    const { after } = await printed('explainer/overview.html', 'sup a');
    expect(after.length).toBeGreaterThan(0);
    expect(new Set(after)).toEqual(new Set(['none']));
  });
});

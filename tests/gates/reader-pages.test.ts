import { beforeAll, describe, expect, it } from 'vitest';
import { interact, type Page } from '../helpers/browser';
import { requireDist } from '../helpers/dist';
import { siteInBrowser } from '../helpers/site-in-browser';
import { listPages } from './checks/site-pages';

// What a reader sees once, and how quiet the page is around it: each cited text shown in full at most
// once, one control per heading, names in a source unmarked until pointed at.
const site = siteInBrowser(requireDist);
let pages: string[];

beforeAll(async () => {
  pages = await listPages(site.dist);
});

/**
 * How often each cited passage's text is on screen in full (rendered text, so folded text is not).
 * Only texts of a sentence or more: a caption of a few words quoted in a description is a quotation.
 */
const timesShown = (page: Page) =>
  page.evaluate(() => {
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is the point; folded text is not.
    const screen = squash(document.body.innerText);
    const texts = [...document.querySelectorAll('.citation-list .citation-text')]
      .map((el) => squash(el.textContent ?? ''))
      .filter((t) => t.length >= 80);
    return Object.fromEntries(texts.map((t) => [t.slice(0, 50), screen.split(t).length - 1]));
  });

describe('each text once', () => {
  it('a chapter’s and an entity’s sources list shows no passage text a second time', async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const shownTwice: Record<string, Record<string, number>> = {};
    let lists = 0;
    for (const path of pages.filter((p) => /^(explainer|entities)\/./.test(p))) {
      await page.goto(`${site.url}/${path}`);
      lists += await page.locator('.citation-list:not([hidden])').count();
      const twice = Object.entries(await timesShown(page)).filter(([, n]) => n > 1);
      if (twice.length > 0) shownTwice[path] = Object.fromEntries(twice);
    }
    expect(lists).toBeGreaterThan(1);
    expect(shownTwice).toEqual({});
    await page.close();
  });

  it('the list still holds every cited text, and the citation preview reads it from there', async () => {
    const page = await site.context.newPage();
    const chapter = pages.find((p) => p.startsWith('explainer/')) as string;
    await page.goto(`${site.url}/${chapter}`);
    const items = page.locator('.citation-list li[id]');
    expect(await items.count()).toBeGreaterThan(0);
    const first = items.first();
    const id = (await first.getAttribute('id')) as string;
    const text = (await first.locator('.citation-text').textContent()) ?? '';
    expect(await first.locator('.citation-text').isVisible()).toBe(false);
    await first.locator('summary').click();
    expect(await first.locator('.citation-text').isVisible()).toBe(true);
    await page.hover(`a[data-citation-preview="${id}"] >> nth=0`);
    await page.locator('#citation-preview').waitFor({ state: 'visible' });
    expect(await page.locator('#citation-preview .citation-preview-text').textContent()).toBe(text);
    // A link to one entry opens its text.
    await page.goto(`${site.url}/${chapter}#${id}`);
    await expect.poll(() => page.locator(`[id="${id}"] .citation-text`).isVisible()).toBe(true);
    await page.close();
  });
});

describe('one affordance each', () => {
  it('a heading has exactly one link control, its #, once the page is enhanced', async () => {
    const page = await site.context.newPage();
    const controls: Record<string, number[]> = {};
    for (const path of pages.filter((p) => /^(explainer|entities)\/./.test(p) || p === 'index.html')) {
      await page.goto(`${site.url}/${path}`);
      await interact(page);
      const counts = await page.$$eval('.anchor-heading', (headings) =>
        headings.map(
          (h) => [...h.querySelectorAll('a, button')].filter((el) => el.getClientRects().length).length,
        ),
      );
      if (counts.some((n) => n !== 1)) controls[path] = counts;
    }
    expect(controls).toEqual({});
    await page.close();
  });

  it('names in a source text are unmarked until pointed at or focused, and then marked as links', async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const source = pages.find((p) => /^documents\/./.test(p)) as string;
    await page.goto(`${site.url}/${source}`);
    const mention = page.locator('.passage .mention').first();
    const line = () => mention.evaluate((el) => getComputedStyle(el).textDecorationLine);
    await page.mouse.move(0, 0);
    expect(await line()).toBe('none');
    await mention.hover();
    expect(await line()).toBe('underline');
    await page.mouse.move(0, 0);
    await mention.focus();
    expect(await line()).toBe('underline');
    await page.close();
  });
});

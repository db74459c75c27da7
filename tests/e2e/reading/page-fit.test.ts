import { describe, expect, it } from 'vitest';
import { interact, openPage, type Page } from '../../helpers/browser';
import { requireDist } from '../../helpers/dist';
import { siteInBrowser } from '../../helpers/site-in-browser';

const site = siteInBrowser(requireDist);

/** The page's width beyond the window, and every element whose right edge runs past it. */
const overflow = (page: Page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth,
    past: [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => e.getClientRects().length && e.getBoundingClientRect().right > innerWidth + 0.5)
      .filter((e) => !e.closest('.visually-hidden, .skip-link'))
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
  }));

describe('the search page on a phone', () => {
  it.each([320, 390])('fits %i px, filters and all, with nothing past the right margin', async (width) => {
    const { page, problems } = await openPage(site.context, site.http('search.html?q=troops'));
    await page.setViewportSize({ width, height: 844 });
    await interact(page);
    await page.locator('.search-select select').first().waitFor();
    const fit = await overflow(page);
    expect(fit.past).toEqual([]);
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.innerWidth);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the header on wide pages, at 1,280 px', () => {
  it.each([
    ['a chapter', 'explainer/overview.html', '.chapter-header'],
    ['the timeline', 'timeline.html', 'main h1'],
  ])('starts where %s’s main column starts', async (_, path, column) => {
    const { page, problems } = await openPage(site.context, site.http(path));
    await page.setViewportSize({ width: 1280, height: 900 });
    const left = await page.evaluate((column) => {
      const edge = (selector: string) =>
        document.querySelector(selector)?.getBoundingClientRect().left ?? Number.NaN;
      return { header: edge('.site-header .site-name'), main: edge(column) };
    }, column);
    expect(Math.abs(left.header - left.main)).toBeLessThanOrEqual(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});

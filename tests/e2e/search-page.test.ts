import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, type Page } from '../helpers/browser';
import { siteInBrowser } from '../helpers/site-in-browser';
import { buildSearchFixture, pageOf, recordRequests, searched, shownResults } from './search/search-fixture';

interface PublicDocument {
  slug: string;
  url: string;
  passages: { id: string; text: string; url: string }[];
}

let documents: PublicDocument[];

const site = siteInBrowser(buildSearchFixture);

beforeAll(async () => {
  documents = JSON.parse(await readFile(join(site.dist, 'data/documents.json'), 'utf8')).documents;
});

const STATUS = '[data-search-output] [data-search-status]';
const RESULTS = '[data-search-results]';
const query = (page: Page) => new URL(page.url()).search;

describe.each(['http', 'file'] as const)('the search page, over %s', (name) => {
  const root = () => (name === 'http' ? `${site.url}/` : `${pathToFileURL(site.dist).href}/`);
  const pages = async (page: Page) => (await shownResults(page, RESULTS)).map((r) => pageOf(r.href, root()));

  it('a bare search page shows the kinds and years from the build, and loads no search code until asked', async () => {
    const requests = recordRequests(site.context);
    const { page, problems } = await openPage(site.context, `${root()}search.html`);
    const chips = () => page.locator('main .search-chip').allTextContents();
    const before = await chips();
    expect(await page.locator(STATUS).textContent()).toBe(
      'Type a word or a name, or choose a kind of page or a year.',
    );
    // Nothing is fetched for search while the reader only looks.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    expect(requests.urls.filter((u) => /scripts\/search\.js|pagefind/.test(u))).toEqual([]);
    expect(
      await page.evaluate(
        () => 'searchReady' in (document.querySelector('[data-search-output]') as HTMLElement).dataset,
      ),
    ).toBe(false);

    // Pagefind, once asked, counts every kind and year as the build did, and fills in the documents.
    await page.focus('#search-page-input');
    await page.waitForFunction(
      () => document.querySelectorAll('select[data-value="document"] option').length > 1,
    );
    requests.stop();
    expect(before.length).toBeGreaterThan(3);
    expect(await chips()).toEqual(before);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a ?q= link restores the search, its filters and its order', async () => {
    const { page, problems } = await openPage(
      site.context,
      `${root()}search.html?q=inspections&type=source&year=2023&sort=newest`,
    );
    expect(await searched(page, STATUS, 'inspections')).toBe('1 dated result for “inspections”');
    expect(await page.inputValue('#search-page-input')).toBe('inspections');
    expect(await page.locator('main .search-page__nojs').isVisible()).toBe(false);
    expect(await page.locator('.search-chip[aria-pressed="true"]').allTextContents()).toEqual([
      'Sources1',
      '20231',
    ]);
    expect(await page.inputValue('select[data-value="sort"]')).toBe('newest');
    expect(await pages(page)).toEqual(['documents/harbour-review.html']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('typing, filters and order narrow the results and are written back to the address', async () => {
    const { page, problems } = await openPage(site.context, `${root()}search.html`);
    await page.fill('#search-page-input', 'inspections');
    const all = Number.parseInt(await searched(page, STATUS, 'inspections'), 10);
    expect(query(page)).toBe('?q=inspections');
    expect(await pages(page)).toContain('index.html');

    await page.click('.search-chip:has-text("Sources")');
    await page.waitForFunction(
      ([sel, before]) => !document.querySelector(sel as string)?.textContent?.startsWith(`${before} `),
      [STATUS, all] as const,
    );
    expect(query(page)).toBe('?q=inspections&type=source');
    const sources = await pages(page);
    expect(sources.sort()).toEqual(['documents/harbour-review.html', 'documents/port-inspections.html']);

    await page.selectOption('select[data-value="sort"]', 'oldest');
    await page.waitForURL(/sort=oldest$/);
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.getAttribute('href')?.includes('harbour-review') ?? false,
      `${RESULTS} li:first-child a`,
    );
    expect(await pages(page)).toEqual(['documents/harbour-review.html', 'documents/port-inspections.html']);
    await page.selectOption('select[data-value="sort"]', 'newest');
    await page.waitForURL(/sort=newest$/);
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.getAttribute('href')?.includes('port-inspections') ?? false,
      `${RESULTS} li:first-child a`,
    );
    expect(await pages(page)).toEqual(['documents/port-inspections.html', 'documents/harbour-review.html']);

    await page.selectOption('select[data-value="document"]', 'Port inspections to double, authority says');
    await page.waitForURL(/document=Port\+inspections/);
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, `${RESULTS} > li`);
    expect(await pages(page)).toEqual(['documents/port-inspections.html']);
    expect(query(page)).toBe(
      '?q=inspections&type=source&document=Port+inspections+to+double%2C+authority+says&sort=newest',
    );

    await page.reload();
    expect(await searched(page, STATUS, 'inspections')).toBe('1 dated result for “inspections”');
    expect(await pages(page)).toEqual(['documents/port-inspections.html']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a phrase from every passage of every document finds its page first, and that passage first on it', async () => {
    const { page, problems } = await openPage(site.context, `${root()}search.html`);
    const misses: string[] = [];
    let checked = 0;
    for (const doc of documents) {
      for (const passage of doc.passages) {
        const phrase = passage.text.split(/\s+/).slice(0, 8).join(' ');
        await page.goto(`${root()}search.html?q=${encodeURIComponent(phrase)}`);
        await searched(page, STATUS, phrase);
        const results = await shownResults(page, RESULTS);
        const rank = results.findIndex((r) => pageOf(r.href, root()) === doc.url);
        const mine = results[rank];
        const first = mine?.sections[0]
          ? decodeURIComponent(new URL(mine.sections[0]).hash.slice(1))
          : '(none)';
        if (rank !== 0 || first !== passage.id)
          misses.push(
            `${JSON.stringify(phrase)} → ${mine ? `page #${rank + 1}, ${first}` : 'page not found'}`,
          );
        checked++;
      }
    }
    expect(checked).toBe(documents.flatMap((d) => d.passages).length);
    expect(checked).toBeGreaterThan(15);
    expect(misses).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a result opens its passage with the searched words highlighted', async () => {
    const { page, problems } = await openPage(site.context, `${root()}search.html?q=second%20review`);
    await searched(page, STATUS, 'second review');
    const link = page.locator(`${RESULTS} a.search-hit--section`).first();
    expect(await link.getAttribute('href')).toMatch(
      /harbour-review\.html\?highlight=second&highlight=review#p-second-review-terminal-planned$/,
    );
    await Promise.all([page.waitForURL(/#p-second-review-terminal-planned$/), link.click()]);
    await page.waitForSelector('mark.search-highlight');
    expect(
      await page.locator('#p-second-review-terminal-planned mark.search-highlight').allTextContents(),
    ).toEqual(['second', 'review']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('arrow keys walk from the field through the result links and back', async () => {
    const { page, problems } = await openPage(site.context, `${root()}search.html?q=timetable`);
    await searched(page, STATUS, 'timetable');
    const links = (await shownResults(page, RESULTS)).flatMap((r) => [r.href, ...r.sections]);
    expect(links.length).toBeGreaterThan(1);
    const active = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement).href ?? '');
    await page.focus('#search-page-input');
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the search page before its search code arrives', () => {
  it('keeps a chip pressed and words typed in the meantime, and searches with them', async () => {
    // A slow connection: the runtime comes a second after it is asked for.
    await site.context.route(/scripts\/search\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    try {
      const { page, problems } = await openPage(site.context, `${site.url}/search.html`);
      const sources = page.locator('main .search-chip[data-value="source"]');
      // There from the start, written by the build, while the runtime is still on its way.
      expect(await sources.count()).toBe(1);
      await sources.click();
      expect(await sources.getAttribute('aria-pressed')).toBe('true');
      await page.locator('#search-page-input').pressSequentially('inspections');
      expect(await searched(page, STATUS, 'inspections')).toMatch(/^2 results for/);
      expect(query(page)).toBe('?q=inspections&type=source');
      expect(await page.locator('main .search-chip[aria-pressed="true"]').allTextContents()).toEqual([
        'Sources2',
      ]);
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await site.context.unroute(/scripts\/search\.js$/);
    }
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, type Page } from '../helpers/browser';
import { requireDist } from '../helpers/dist';
import { siteInBrowser } from '../helpers/site-in-browser';
import { pageOf, searched, shownResults } from './search/search-fixture';

interface PublicDocument {
  url: string;
  passages: { id: string; text: string }[];
}

const site = siteInBrowser(requireDist);
let documents: PublicDocument[];

beforeAll(async () => {
  documents = JSON.parse(await readFile(join(site.dist, 'data/documents.json'), 'utf8')).documents;
});

const PAGE = { status: '[data-search-output] [data-search-status]', results: '[data-search-results]' };
const HEADER = { status: 'form[data-search="header"] [data-search-status]', results: '#site-search-listbox' };

/** Where the passage comes among the results: its page's rank, and the passage's among that page's sections. */
async function placeOf(page: Page, results: string, doc: PublicDocument) {
  const root = `${site.url}/`;
  const shown = await shownResults(page, results);
  const rank = shown.findIndex((r) => pageOf(r.href, root) === doc.url);
  const first = shown[rank]?.sections[0];
  return { rank: rank + 1, first: first ? decodeURIComponent(new URL(first).hash.slice(1)) : '(none)' };
}

/** Every passage's first eight words (in quotation marks when `quoted`), with where the search put it. */
async function misses(page: Page, where: 'page' | 'header', quoted: boolean): Promise<string[]> {
  const out: string[] = [];
  for (const doc of documents) {
    for (const passage of doc.passages) {
      const words = passage.text.split(/\s+/).slice(0, 8).join(' ');
      const phrase = quoted ? `"${words}"` : words;
      if (where === 'page') {
        await page.goto(`${site.url}/search.html?q=${encodeURIComponent(phrase)}`);
        await searched(page, PAGE.status, phrase.replace(/\s+/g, ' ').trim());
      } else {
        await page.fill('#site-search-input', phrase);
        await searched(page, HEADER.status, phrase.replace(/\s+/g, ' ').trim());
      }
      const { rank, first } = await placeOf(page, where === 'page' ? PAGE.results : HEADER.results, doc);
      if (rank !== 1 || first !== passage.id) out.push(`${JSON.stringify(phrase)} → page #${rank}, ${first}`);
    }
  }
  return out;
}

describe('a source’s own words find the source first', () => {
  for (const quoted of [false, true]) {
    it(`on search.html, ${quoted ? 'in quotation marks' : 'as plain words'}: the source first, at that passage`, async () => {
      const { page, problems } = await openPage(site.context, `${site.url}/search.html`);
      expect(await misses(page, 'page', quoted)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it(`in the header search, ${quoted ? 'in quotation marks' : 'as plain words'}: the source first, at that passage`, async () => {
      const { page, problems } = await openPage(site.context, `${site.url}/index.html`);
      await page.focus('#site-search-input');
      expect(await misses(page, 'header', quoted)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('a name in the header search offers the source’s passages, each labelled with the page it opens', async () => {
    const { page, problems } = await openPage(site.context, `${site.url}/index.html`);
    await page.focus('#site-search-input');
    await page.fill('#site-search-input', 'Maltz');
    await searched(page, HEADER.status, 'Maltz');
    const doc = documents[0] as PublicDocument;
    const shown = await shownResults(page, HEADER.results);
    const source = shown.find((r) => pageOf(r.href, `${site.url}/`) === doc.url);
    expect(source?.sections.length).toBeGreaterThan(0);
    const labels = await page.$$eval(`${HEADER.results} a.search-hit--section .search-hit__title`, (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    const pageTitles = shown.map((r) => r.title);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(pageTitles.some((t) => label.startsWith(`${t} › `))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

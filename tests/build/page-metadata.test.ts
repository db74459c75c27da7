import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/integrations/built-files';
import { type BuildResult, buildOrFail, buildSite, fixtureContent } from '../helpers/build-site';

let build: BuildResult;
let cacheDir: string;
const SITE = 'https://news.example/explainers/cia/';

beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'explainer-share-cache-'));
  build = await buildOrFail(fixtureContent, { cacheDir, env: { SITE_URL: SITE } });
});

const head = async (page: string) => {
  const { document } = parseHTML(await readFile(join(build.outDir, page), 'utf8'));
  const meta = (key: string) =>
    document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
  const ld = document.querySelectorAll('script[type="application/ld+json"]');
  return {
    document,
    meta,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    ld: [...ld].map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>),
  };
};

/** What schema.org and the search engines' rich results require of each type. */
const REQUIRED: Record<string, string[]> = {
  WebSite: ['name', 'url'],
  WebPage: ['name', 'url', 'isPartOf'],
  Article: ['headline', 'url', 'image', 'author', 'publisher', 'dateModified', 'citation'],
  // No `headline`: an untitled source has none (see below).
  NewsArticle: ['datePublished', 'mainEntityOfPage', 'archivedAt', 'sdPublisher'],
};

describe('head metadata on every page', () => {
  it('canonical URL, Open Graph, Twitter card and one valid JSON-LD object, under the configured site', async () => {
    // The 404 page has no address of its own (tests/build/not-found.test.ts).
    const pages = (await builtFiles(build.outDir)).filter((f) => f.endsWith('.html') && f !== '404.html');
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      const h = await head(page);
      const url = `${SITE}${page === 'index.html' ? '' : page}`;
      expect({ page, canonical: h.canonical, ogUrl: h.meta('og:url') }).toEqual({
        page,
        canonical: url,
        ogUrl: url,
      });
      for (const key of [
        'og:title',
        'og:description',
        'og:image',
        'og:type',
        'twitter:card',
        'twitter:image',
      ]) {
        expect({ page, key, present: Boolean(h.meta(key)) }).toEqual({ page, key, present: true });
      }
      expect(h.meta('og:image')).toMatch(new RegExp(`^${SITE}og/.+\\.png$`));
      const image = h.meta('og:image')?.slice(SITE.length) ?? '';
      expect((await builtFiles(build.outDir)).includes(image), `${page}: ${image}`).toBe(true);
      expect(h.ld).toHaveLength(1);
      const data = h.ld[0]!;
      expect(data['@context']).toBe('https://schema.org');
      const type = data['@type'] as string;
      expect(Object.keys(REQUIRED)).toContain(type);
      for (const field of REQUIRED[type] ?? []) {
        expect({ page, field, present: data[field] !== undefined }).toEqual({ page, field, present: true });
      }
    }
  });

  it('a source page carries the source’s own NewsArticle: headline, date, author, publisher and URL', async () => {
    const { ld, meta } = await head('documents/port-inspections.html');
    expect(ld[0]).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Port inspections to double, authority says',
      datePublished: '2024-03-02',
      author: { '@type': 'Person', name: 'A. Reporter' },
      publisher: { '@type': 'Organization', name: 'The Example Gazette' },
      url: 'https://news.example/port-inspections',
      archivedAt: `${SITE}documents/port-inspections.html`,
    });
    expect(meta('og:image')).toBe(`${SITE}og/index.png`);
  });

  it('a chapter is an Article citing each source document it rests on, with its corrections', async () => {
    const { ld, meta } = await head('explainer/port-overview.html');
    expect(ld[0]).toMatchObject({
      '@type': 'Article',
      headline: 'Port inspections',
      dateModified: '2024-03-04',
      image: `${SITE}og/explainer/port-overview.png`,
      citation: [
        {
          '@type': 'NewsArticle',
          headline: 'Port inspections to double, authority says',
          url: 'https://news.example/port-inspections',
          archivedAt: `${SITE}documents/port-inspections.html`,
        },
      ],
      correction: [{ '@type': 'CorrectionComment', datePublished: '2024-03-04' }],
    });
    expect(meta('article:section')).toBe('Chapter');
  });

  it('document text is escaped: a document that opens with markup makes no element, in the head or the page', async () => {
    const { document } = await head('documents/markup-lookalikes.html');
    expect(document.querySelectorAll('script:not([type^="application/"]):not([src])').length).toBe(0);
    expect(document.querySelectorAll('main img').length).toBe(0);
    expect(document.querySelector('main')?.textContent).toContain('<script>alert("x")</script>');
  });
});

describe('share images', () => {
  it('the home page’s is a 1200×630 PNG, and a second build with the same cache renders none', async () => {
    const png = await readFile(join(build.outDir, 'og/index.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(build.output).toMatch(/share images: [1-9]\d* rendered/);
    const again = await buildSite(fixtureContent, { cacheDir, env: { SITE_URL: SITE } });
    expect(again.ok, again.output).toBe(true);
    expect(again.output).toMatch(/share images: 0 rendered/);
    expect((await readFile(join(again.outDir, 'og/index.png'))).equals(png)).toBe(true);
  });

  it('robots.txt names the sitemap under the configured site, sub-path included', async () => {
    expect(await readFile(join(build.outDir, 'robots.txt'), 'utf8')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${SITE}sitemap.xml\n`,
    );
  });
});

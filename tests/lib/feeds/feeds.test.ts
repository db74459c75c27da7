import { describe, expect, it } from 'vitest';
import { atomFeed, feedEntries } from '../../../src/lib/feeds/atom-feed';
import { robotsTxt, sitemapXml } from '../../../src/lib/feeds/sitemap';
import type { PageRecord } from '../../../src/lib/meta/page-record';

const page = (p: Partial<PageRecord>): PageRecord => ({
  path: 'x.html',
  url: 'https://e.org/x.html',
  pageType: 'index',
  title: '',
  description: '',
  corrections: [],
  section: '',
  ownImage: false,
  ...p,
});

describe('feedEntries', () => {
  const pages = [
    page({
      url: 'https://e.org/a.html',
      title: 'A',
      pageType: 'chapter',
      published: '2025-01-01',
      updated: '2025-02-01',
    }),
    page({ url: 'https://e.org/b.html', title: 'B', pageType: 'chapter', published: '2025-01-05' }),
    page({
      url: 'https://e.org/c.html',
      title: 'C',
      pageType: 'index',
      corrections: [{ date: '2025-03-01', text: 'The date was wrong.' }],
    }),
    page({ url: 'https://e.org/d.html', title: 'D', pageType: 'source', published: '2024-12-01' }),
    page({ url: 'https://e.org/e.html', title: 'E', pageType: 'index', updated: '2025-06-01' }),
  ];

  it('lists updates, first publications, corrections and sources, newest first', () => {
    const entries = feedEntries(pages);
    expect(entries.map((e) => [e.kind, e.title, e.date])).toEqual([
      ['correction', 'Correction: C', '2025-03-01'],
      ['updated', 'Updated: A', '2025-02-01'],
      ['published', 'Published: B', '2025-01-05'],
      ['source', 'Source document: D', '2024-12-01'],
    ]);
    expect(entries[0]?.summary).toBe('The date was wrong.');
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('writes valid Atom whose updated is the newest entry, escaping text', () => {
    const entries = feedEntries([
      ...pages,
      page({ url: 'https://e.org/x.html', title: 'Q&A <1>', pageType: 'chapter', published: '2025-07-01' }),
    ]);
    const xml = atomFeed(
      { siteName: 'S', siteUrl: 'https://e.org/', feedUrl: 'https://e.org/feed.xml' },
      entries,
    );
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    expect(xml).toMatch(/<feed[^>]*>\n {2}<title>S: updates and corrections<\/title>/);
    expect(xml).toContain('<updated>2025-07-01T00:00:00Z</updated>\n  <author>');
    expect(xml).toContain('<title>Published: Q&amp;A &lt;1&gt;</title>');
    expect(xml.match(/<entry>/g)).toHaveLength(5);
  });
});

describe('sitemapXml and robotsTxt', () => {
  it('sorts absolute URLs with their last change', () => {
    const xml = sitemapXml([
      { url: 'https://e.org/b.html', lastmod: '2025-01-01' },
      { url: 'https://e.org/a&b.html' },
    ]);
    expect(xml).toContain(
      '  <url><loc>https://e.org/a&amp;b.html</loc></url>\n  <url><loc>https://e.org/b.html</loc><lastmod>2025-01-01</lastmod></url>',
    );
  });

  it('names the sitemap in robots.txt', () => {
    expect(robotsTxt('https://e.org/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://e.org/sitemap.xml\n',
    );
  });
});

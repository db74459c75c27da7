import { describe, expect, it } from 'vitest';
import { canonicalUrl, shareImagePath } from '../../../src/lib/meta/canonical';
import { jsonLdText, type PageFacts, structuredData } from '../../../src/lib/meta/structured-data';

const base: PageFacts = {
  pageType: 'chapter',
  title: 'Overview',
  description: 'What happened.',
  url: 'https://example.org/explainer/overview.html',
  siteName: 'Site',
  siteUrl: 'https://example.org/',
  language: 'en',
  image: 'https://example.org/og/explainer/overview.png',
  published: '2025-04-16',
  updated: '2025-04-20',
};
const cited = {
  title: 'Port inspections to double',
  date: '2024-03-02',
  publisher: 'The Example Gazette',
  author: null,
  sourceUrl: 'https://news.example/port',
  copyUrl: 'https://example.org/documents/port.html',
};

describe('canonicalUrl and shareImagePath', () => {
  it('makes absolute URLs under the configured site, also under a sub-path', () => {
    expect(canonicalUrl('https://example.org', '/documents/a.html')).toBe(
      'https://example.org/documents/a.html',
    );
    expect(canonicalUrl(new URL('https://news.example/x/cia'), '/documents/a.html')).toBe(
      'https://news.example/x/cia/documents/a.html',
    );
    expect(canonicalUrl('https://example.org/', '/index.html')).toBe('https://example.org/');
    expect(canonicalUrl('https://example.org/', '/')).toBe('https://example.org/');
  });

  it('puts each page’s share image under og/', () => {
    expect(shareImagePath('/explainer/overview.html')).toBe('og/explainer/overview.png');
    expect(shareImagePath('/')).toBe('og/index.png');
  });
});

describe('structuredData', () => {
  it('a chapter is an Article with its citations and corrections', () => {
    const data = structuredData({
      ...base,
      citations: [cited],
      corrections: [{ date: '2025-04-20', text: 'Fixed a date.' }],
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Overview',
      datePublished: '2025-04-16',
      dateModified: '2025-04-20',
      image: base.image,
      author: { '@type': 'Organization', name: 'Site' },
      citation: [
        {
          '@type': 'NewsArticle',
          headline: cited.title,
          url: cited.sourceUrl,
          archivedAt: cited.copyUrl,
          publisher: { '@type': 'Organization', name: 'The Example Gazette' },
        },
      ],
      correction: [{ '@type': 'CorrectionComment', text: 'Fixed a date.', datePublished: '2025-04-20' }],
    });
    expect(data.citation).toHaveLength(1);
    expect((data.citation as object[])[0]).not.toHaveProperty('author');
  });

  it('a source page is the source’s NewsArticle, with the site only as the copy and data publisher', () => {
    const { copyUrl: _, ...source } = cited;
    const data = structuredData({ ...base, pageType: 'source', url: cited.copyUrl, source });
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: cited.title,
      datePublished: '2024-03-02',
      url: 'https://news.example/port',
      archivedAt: cited.copyUrl,
      mainEntityOfPage: { '@id': cited.copyUrl },
      sdPublisher: { name: 'Site' },
    });
    expect(data).not.toHaveProperty('author');
  });

  it('other pages are WebPages about their subject; the home page is the WebSite', () => {
    expect(structuredData({ ...base, pageType: 'person', title: 'Jane Doe' })).toMatchObject({
      '@type': 'WebPage',
      about: { '@type': 'Person', name: 'Jane Doe' },
    });
    expect(structuredData({ ...base, pageType: 'home' })['@type']).toBe('WebSite');
    expect(structuredData({ ...base, pageType: 'group', title: 'Sinaloa Cartel' }).about).toEqual({
      '@type': 'Organization',
      name: 'Sinaloa Cartel',
    });
    expect(structuredData({ ...base, pageType: 'place', title: 'Mexico' }).about).toEqual({
      '@type': 'Place',
      name: 'Mexico',
    });
  });

  it('an untitled source has no headline: its description is nobody’s headline', () => {
    const untitled = {
      ...cited,
      title: 'Untitled article, The Example Gazette, March 2, 2024',
      untitled: true,
    };
    const page = structuredData({ ...base, pageType: 'source', title: untitled.title, source: untitled });
    expect(page).not.toHaveProperty('headline');
    expect(page).toMatchObject({ '@type': 'NewsArticle', datePublished: '2024-03-02' });
    const chapter = structuredData({ ...base, citations: [untitled] });
    expect((chapter.citation as object[])[0]).not.toHaveProperty('headline');
  });

  it('shortens headlines to schema.org’s 110 characters', () => {
    const headline = structuredData({ ...base, title: 'word '.repeat(40) }).headline as string;
    expect(headline.length).toBeLessThanOrEqual(110);
    expect(headline.endsWith('…')).toBe(true);
  });
});

describe('jsonLdText', () => {
  it('escapes text that could close the script element, and parses back to the same text', () => {
    const title = 'Evil </script><script>alert(1)</script> & co';
    const json = jsonLdText(
      structuredData({ ...base, title, corrections: [{ date: '2025-05-01', text: 'x' }] }),
    );
    expect(json).not.toMatch(/<|>/);
    expect(JSON.parse(json).headline).toBe(title);
  });
});

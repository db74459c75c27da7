import type { PageType } from '../search/page-types';

export type { PageType };

/** A source document a chapter cites: its original, and this site's copy of it. */
export interface CitedSource {
  title: string;
  date: string;
  publisher: string | null;
  author: string | null;
  sourceUrl: string | null;
  /** No title is recorded: `title` only describes the document, so it is no headline. */
  untitled?: boolean;
  /** Absolute URL of the source's page on this site. */
  copyUrl?: string;
}

/** A correction note, as editors write it: the day it was made and what changed. */
export interface Correction {
  date: string;
  text: string;
}

export interface PageFacts {
  pageType: PageType;
  title: string;
  description: string;
  /** Absolute canonical URL of the page. */
  url?: string;
  siteName: string;
  siteUrl?: string;
  language: string;
  /** Absolute URL of the share image. */
  image?: string;
  published?: string;
  updated?: string;
  section?: string;
  citations?: CitedSource[];
  corrections?: Correction[];
  /** For a source page: the original article the page reproduces. */
  source?: Omit<CitedSource, 'copyUrl'>;
}

type Json = Record<string, unknown>;

const organisation = (name: string, url?: string | null): Json => ({
  '@type': 'Organization',
  name,
  ...(url ? { url } : {}),
});
const person = (name: string): Json => ({ '@type': 'Person', name });

/** schema.org limits headlines to 110 characters. */
const headline = (title: string) => (title.length <= 110 ? title : `${title.slice(0, 109).trimEnd()}…`);

function newsArticle(s: Omit<CitedSource, 'copyUrl'>, copyUrl?: string): Json {
  return {
    '@type': 'NewsArticle',
    ...(s.untitled ? {} : { headline: headline(s.title) }),
    datePublished: s.date,
    ...(s.author ? { author: person(s.author) } : {}),
    ...(s.publisher ? { publisher: organisation(s.publisher) } : {}),
    ...(s.sourceUrl ? { url: s.sourceUrl } : {}),
    ...(copyUrl ? { archivedAt: copyUrl } : {}),
  };
}

const ABOUT: Partial<Record<PageType, string>> = {
  person: 'Person',
  organisation: 'Organization',
  // A gang or an armed group: schema.org has nothing narrower than an organisation.
  group: 'Organization',
  place: 'Place',
  term: 'DefinedTerm',
  event: 'Event',
};

/**
 * The page's JSON-LD: `WebSite` for the home page, `Article` with its
 * `citation`s and `correction`s for a chapter, the source's own `NewsArticle`
 * for a source page (this site is only the `sdPublisher` and the `archivedAt`
 * copy, never its author), and `WebPage` for everything else.
 */
export function structuredData(p: PageFacts): Json {
  const site = { '@type': 'WebSite', name: p.siteName, url: p.siteUrl };
  const us = organisation(p.siteName, p.siteUrl);
  const dates = {
    ...(p.published ? { datePublished: p.published } : {}),
    ...(p.updated ? { dateModified: p.updated } : {}),
  };
  const corrections = p.corrections?.length
    ? {
        correction: p.corrections.map((c) => ({
          '@type': 'CorrectionComment',
          text: c.text,
          datePublished: c.date,
        })),
      }
    : {};
  const base = { '@context': 'https://schema.org' };

  if (p.pageType === 'home') {
    return { ...base, ...site, description: p.description, inLanguage: p.language, publisher: us };
  }
  if (p.pageType === 'source' && p.source) {
    return {
      ...base,
      ...newsArticle(p.source, p.url),
      inLanguage: p.language,
      mainEntityOfPage: { '@type': 'WebPage', '@id': p.url, url: p.url, name: p.title, isPartOf: site },
      sdPublisher: us,
      ...corrections,
    };
  }
  if (p.pageType === 'chapter') {
    return {
      ...base,
      '@type': 'Article',
      headline: headline(p.title),
      description: p.description,
      url: p.url,
      mainEntityOfPage: p.url,
      image: p.image,
      inLanguage: p.language,
      ...dates,
      author: us,
      publisher: us,
      isPartOf: site,
      ...(p.section ? { articleSection: p.section } : {}),
      citation: (p.citations ?? []).map((c) => newsArticle(c, c.copyUrl)),
      ...corrections,
    };
  }
  const about = ABOUT[p.pageType];
  return {
    ...base,
    '@type': 'WebPage',
    name: p.title,
    description: p.description,
    url: p.url,
    inLanguage: p.language,
    ...dates,
    isPartOf: site,
    ...(about ? { about: { '@type': about, name: p.title } } : {}),
    ...corrections,
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

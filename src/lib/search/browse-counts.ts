import type { SearchablePageType } from './page-types';

/** A page in the search index, as its kind and year filters see it. */
export interface IndexedPage {
  type: SearchablePageType;
  /** YYYY-MM-DD; undated pages have no year. */
  date?: string;
}

/** For each filter, how many pages each of its values holds. */
export interface FilterCounts {
  type: Record<string, number>;
  year: Record<string, number>;
}

/**
 * What the search page offers before anything is typed: every kind and year
 * with its number of pages. The build writes these into the page, so readers
 * can browse by kind or year before the search runtime has loaded; a browser
 * test checks that Pagefind counts the same.
 */
export function browseCounts(pages: Iterable<IndexedPage>): FilterCounts {
  const counts: FilterCounts = { type: {}, year: {} };
  for (const page of pages) {
    counts.type[page.type] = (counts.type[page.type] ?? 0) + 1;
    const year = page.date?.slice(0, 4);
    if (year) counts.year[year] = (counts.year[year] ?? 0) + 1;
  }
  return counts;
}

/**
 * The pages BaseLayout marks for the index: the home page, each chapter, each
 * entity (by its kind) and each source document (dated). Index pages only list these.
 */
export function indexedPages(content: {
  chapters: readonly unknown[];
  entities: readonly { kind: SearchablePageType }[];
  documents: readonly { date: string }[];
}): IndexedPage[] {
  return [
    { type: 'home' },
    ...content.chapters.map((): IndexedPage => ({ type: 'chapter' })),
    ...content.entities.map((e): IndexedPage => ({ type: e.kind })),
    ...content.documents.map((d): IndexedPage => ({ type: 'source', date: d.date })),
  ];
}

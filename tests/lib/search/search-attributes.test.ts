import { describe, expect, it } from 'vitest';
import { isIndexedPage, searchAttributes } from '../../../src/lib/search/search-attributes';

describe('what a page tells the search index about itself', () => {
  it('a source document: date, year and document as filters, no kind (the most common one); date as metadata and sort key', () => {
    expect(
      searchAttributes({
        pageType: 'source',
        date: '2025-04-15',
        documentTitle: 'Ports, cranes, and "drones"',
      }),
    ).toEqual({
      'data-page-type': 'source',
      'data-date': '2025-04-15',
      'data-year': '2025',
      'data-document': 'Ports, cranes, and "drones"',
      'data-pagefind-filter': 'year[data-year], document[data-document]',
      'data-pagefind-meta': 'date[data-date]',
      'data-pagefind-sort': 'date[data-date]',
    });
  });

  it('aliases become searchable metadata', () => {
    expect(
      searchAttributes({
        pageType: 'organisation',
        aliases: ['CBSA', ' Border Services Agency ', ''],
      }),
    ).toEqual({
      'data-page-type': 'organisation',
      'data-aliases': 'CBSA · Border Services Agency',
      'data-pagefind-filter': 'type[data-page-type]',
      'data-pagefind-meta': 'aliases[data-aliases]',
    });
  });

  it('index pages and pages without a kind carry no filters', () => {
    expect(searchAttributes({ pageType: 'index' })).toEqual({});
    expect(searchAttributes({})).toEqual({});
    expect(isIndexedPage('index')).toBe(false);
    expect(isIndexedPage('person')).toBe(true);
    expect(isIndexedPage(undefined)).toBe(true);
  });

  it('a date that is not YYYY-MM-DD stops the build with the fix', () => {
    expect(() => searchAttributes({ pageType: 'event', date: 'April 2025' })).toThrow(
      'BaseLayout: date "April 2025" is not a date. Fix: pass it as YYYY-MM-DD.',
    );
  });
});

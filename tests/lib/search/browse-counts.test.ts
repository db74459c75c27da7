import { describe, expect, it } from 'vitest';
import { browseCounts, indexedPages } from '../../../src/lib/search/browse-counts';

describe('what the search page offers before anything is typed', () => {
  const content = {
    chapters: [{}, {}],
    entities: [{ kind: 'person' as const }, { kind: 'place' as const }, { kind: 'person' as const }],
    documents: [{ date: '2024-12-31' }, { date: '2025-01-02' }, { date: '2025-06-30' }],
  };

  it('counts every indexed page by kind, the home page included', () => {
    expect(browseCounts(indexedPages(content)).type).toEqual({
      home: 1,
      chapter: 2,
      person: 2,
      place: 1,
      source: 3,
    });
  });

  it('counts only dated pages by year, by the year of their date', () => {
    expect(browseCounts(indexedPages(content)).year).toEqual({ '2024': 1, '2025': 2 });
    expect(browseCounts([{ type: 'chapter' }]).year).toEqual({});
  });
});

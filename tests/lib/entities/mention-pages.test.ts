import { describe, expect, it } from 'vitest';
import {
  continuationsByYear,
  mentionPagePath,
  mentionPages,
  movedAnchors,
  ON_ENTITY_PAGE,
  PER_CONTINUATION,
  pagesNaming,
} from '../../../src/lib/entities/mention-pages';

describe('continuation pages of an entity', () => {
  it('keeps a name in few documents on its page alone', () => {
    expect(mentionPages([1, 2, 3])).toEqual([[1, 2, 3]]);
    expect(mentionPages([])).toEqual([[]]);
  });

  it('continues the older documents on pages of their own, losing none and in order', () => {
    const docs = Array.from({ length: ON_ENTITY_PAGE + PER_CONTINUATION + 1 }, (_, i) => i);
    const pages = mentionPages(docs);
    expect(pages.map((p) => p.length)).toEqual([ON_ENTITY_PAGE, PER_CONTINUATION, 1]);
    expect(pages.flat()).toEqual(docs);
    expect([1, 2, 3].map((n) => mentionPagePath('cia', n))).toEqual([
      'entities/cia.html',
      'entities/cia/page-2.html',
      'entities/cia/page-3.html',
    ]);
  });

  it('links the continuation pages by the year of their newest document', () => {
    const page = (date: string) => [{ date }];
    expect(
      continuationsByYear([page('2025-05-01'), page('2025-02-01'), page('2024-12-01'), page('2024-01-01')]),
    ).toEqual([
      { year: '2025', pages: [2] },
      { year: '2024', pages: [3, 4] },
    ]);
  });

  it('keeps only the documents that name the entity, and maps each older one’s anchor to its page', () => {
    const docs = Array.from({ length: ON_ENTITY_PAGE + PER_CONTINUATION + 2 }, (_, i) => ({ slug: `d${i}` }));
    const pages = pagesNaming(
      [{ slug: 'unrelated' }, ...docs],
      docs.map((d) => ({ document: d.slug })),
    );
    expect(pages.flat()).toEqual(docs);
    const moved = movedAnchors(pages);
    expect(moved.size).toBe(PER_CONTINUATION + 2);
    expect(moved.has(`in-d${ON_ENTITY_PAGE - 1}`)).toBe(false);
    expect(moved.get(`in-d${ON_ENTITY_PAGE}`)).toBe('page-2');
    expect(moved.get(`in-d${ON_ENTITY_PAGE + PER_CONTINUATION + 1}`)).toBe('page-3');
    expect(movedAnchors(mentionPages(docs.slice(0, 3))).size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import {
  continuationsByYear,
  mentionPagePath,
  mentionPages,
  ON_ENTITY_PAGE,
  PER_CONTINUATION,
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
});

import { describe, expect, it } from 'vitest';
import type { PagefindSubResult } from '../../../src/scripts/search/pagefind-types';
import { contentWords, rankSections } from '../../../src/scripts/search/rank-sections';

const content = 'Title words here. the drug is a concern. the drug trafficker is a savvy adversary. the end';
//               0     1     2     3   4    5  6 7        8   9    10        11 12 13    14        15  16

function section(id: string, locations: number[], score = 1): PagefindSubResult {
  return {
    title: id,
    url: `/page.html#${id}`,
    excerpt: '',
    locations,
    weighted_locations: locations.map((location) => ({ location, weight: 1, balanced_score: score })),
    anchor: { element: 'div', id, location: 0 },
  };
}

describe('sections of a page, best match first', () => {
  it('puts the passage holding the whole phrase before earlier passages with some of its words', () => {
    // "the drug trafficker is a savvy"
    const early = section('p-early', [3, 4, 5, 6]);
    const phrase = section('p-phrase', [8, 9, 10, 11, 12, 13]);
    const tail = section('p-tail', [15]);
    expect(rankSections([early, phrase, tail], content).map((s) => s.title)).toEqual([
      'p-phrase',
      'p-early',
      'p-tail',
    ]);
  });

  it('prefers words side by side over the same words scattered', () => {
    const scattered = section('p-scattered', [3, 6]); // "the … a"
    const together = section('p-together', [12, 13]); // "the a"
    expect(
      rankSections([scattered, together], 'x x x the x x a x x x x x the a').map((s) => s.title),
    ).toEqual(['p-together', 'p-scattered']);
  });

  it('falls back to Pagefind’s scores, then to page order', () => {
    const low = section('p-low', [1], 1);
    const high = section('p-high', [2], 5);
    const sameAsLow = section('p-same', [1], 1);
    expect(rankSections([low, high, sameAsLow], 'a b b').map((s) => s.title)).toEqual([
      'p-high',
      'p-low',
      'p-same',
    ]);
  });

  it('counts words the way Pagefind does, at zero-width spaces when it inserted them', () => {
    expect(contentWords('a b\nc')).toEqual(['a', 'b', 'c']);
    expect(contentWords('日本\u200B語')).toEqual(['日本', '語']);
  });
});

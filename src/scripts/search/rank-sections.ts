import type { PagefindSubResult } from './pagefind-types';

/**
 * How well one section of a page (a sub-result) answers a query: first how
 * many different query words it contains, then how many of them stand side by
 * side as in the query, then Pagefind's own scores for its hits (which count
 * headings and weighted text higher). Compared in that order.
 */
export function sectionScore(section: PagefindSubResult, words: readonly string[]): [number, number, number] {
  const locations = [...new Set(section.locations)].sort((a, b) => a - b);
  const distinct = new Set(locations.map((l) => normalizeWord(words[l] ?? ''))).size;
  let adjacent = 0;
  for (let i = 1; i < locations.length; i++) if (locations[i] === (locations[i - 1] ?? -2) + 1) adjacent++;
  const scores = section.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  return [distinct, adjacent, scores];
}

function normalizeWord(word: string): string {
  return word.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function compare(a: [number, number, number], b: [number, number, number]): number {
  return b[0] - a[0] || b[1] - a[1] || b[2] - a[2];
}

/** The page's words as Pagefind counts them for locations: split at zero-width spaces when it inserted any. */
export function contentWords(rawContent: string): string[] {
  return rawContent.includes('\u200B') ? rawContent.split('\u200B') : rawContent.split(/[\r\n\s]+/g);
}

/**
 * A page's sections, best match first. Pagefind lists them in page order; a
 * reader searching for a quoted phrase wants the passage that holds it first.
 * `rawContent` is the page's indexed text, whose words the locations count.
 */
export function rankSections(
  sections: readonly PagefindSubResult[],
  rawContent: string,
): PagefindSubResult[] {
  const words = contentWords(rawContent);
  return sections
    .map((section, order) => ({ section, order, score: sectionScore(section, words) }))
    .sort((a, b) => compare(a.score, b.score) || a.order - b.order)
    .map((s) => s.section);
}

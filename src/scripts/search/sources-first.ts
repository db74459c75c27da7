/** From this many words, a search is most likely for a passage's own words. */
export const PHRASE_WORDS = 4;

/**
 * The exact phrase to look for in the sources, if the search is one: words in
 * quotation marks, or at least `PHRASE_WORDS` words. A mix of phrases and words
 * is left to Pagefind's own order.
 */
export function phraseOf(term: string): string | null {
  if (/^"[^"]+"$/.test(term)) return term;
  if (term.includes('"')) return null;
  return term.split(' ').filter(Boolean).length >= PHRASE_WORDS ? `"${term}"` : null;
}

/**
 * The source pages that hold the exact phrase first, then every other result in
 * Pagefind's order. Pagefind ranks all exact matches alike and lets shorter pages
 * that quote a passage outrank the long page it comes from; a reader pasting a
 * passage's words wants the source. Its results carry the phrase's own locations,
 * so the passage that holds it comes first on the page.
 */
export function sourcesFirst<T extends { id: string }>(results: readonly T[], sources: readonly T[]): T[] {
  const first = new Set(sources.map((r) => r.id));
  return [...sources, ...results.filter((r) => !first.has(r.id))];
}

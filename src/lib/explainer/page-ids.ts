/**
 * Ids a chapter page gives its own parts. A chapter heading must not take one
 * of them (the checks say so), or two elements would share an id.
 */
export const chapterPageIds = {
  title: 'chapter-title',
  toc: 'toc-title',
  keyPoints: 'key-points',
  sources: 'sources-cited',
  corrections: 'corrections',
} as const;

/** The id of the element holding citation `n`'s passage text, on any page that cites. */
export const citationId = (n: number) => `source-${n}`;

export function isReservedId(id: string): boolean {
  return (Object.values(chapterPageIds) as string[]).includes(id) || /^source-\d+$/.test(id);
}

/**
 * How an entity's mentions are split when a name is in many documents. The entity page keeps
 * the newest `ON_ENTITY_PAGE` documents that name it (MentionList shows the first ten in full, the
 * rest a line each); older ones go on continuation pages, `entities/ID/page-2.html` and on, of
 * `PER_CONTINUATION` lines each, oldest last. A name in a thousand documents would otherwise make
 * an entity page of forty kilobytes and more, far over the page budget.
 */
export const ON_ENTITY_PAGE = 30;
export const PER_CONTINUATION = 100;

export const mentionPagePath = (entityId: string, page: number): string =>
  page <= 1 ? `entities/${entityId}.html` : `entities/${entityId}/page-${page}.html`;

/** Documents that name an entity (newest first), cut into the entity page and its continuations. */
export function mentionPages<T>(documents: readonly T[]): T[][] {
  const pages = [documents.slice(0, ON_ENTITY_PAGE)];
  for (let i = ON_ENTITY_PAGE; i < documents.length; i += PER_CONTINUATION) {
    pages.push(documents.slice(i, i + PER_CONTINUATION));
  }
  return pages;
}

/**
 * The continuation pages by the year of their newest document, as the entity page links them: a
 * year and page numbers, a few bytes each, so a name in ten thousand documents (a hundred pages)
 * still keeps its entity page within the budget.
 */
export function continuationsByYear(
  pages: readonly (readonly { date: string }[])[],
): { year: string; pages: number[] }[] {
  const numbered = pages.slice(1).map((docs, i) => ({ n: i + 2, year: docs[0]?.date.slice(0, 4) ?? '' }));
  return [...Map.groupBy(numbered, (p) => p.year)].map(([year, inYear]) => ({
    year,
    pages: inYear.map((p) => p.n),
  }));
}

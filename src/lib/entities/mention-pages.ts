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

/** The documents that name an entity (`documents` newest first, `mentions` its passages), cut into its pages. */
export function pagesNaming<T extends { slug: string }>(
  documents: readonly T[],
  mentions: readonly { document: string }[],
): T[][] {
  const naming = new Set(mentions.map((m) => m.document));
  return mentionPages(documents.filter((d) => naming.has(d.slug)));
}

/**
 * Where each document's anchor went once it left the entity page, `in-SLUG` to `page-N`: an old
 * link `entities/ID.html#in-SLUG` is sent on to `entities/ID/page-N.html#in-SLUG` through the
 * shards of this map (src/lib/links/moved-ids.ts), written to `entities/ID/ids/N.js`.
 */
export function movedAnchors(pages: readonly (readonly { slug: string }[])[]): Map<string, string> {
  const moved = new Map<string, string>();
  pages.slice(1).forEach((docs, i) => {
    for (const doc of docs) moved.set(`in-${doc.slug}`, `page-${i + 2}`);
  });
  return moved;
}

/** The folders of an entity's continuation pages and of its map's shards, root-relative. */
export const continuationDir = (entityId: string): string => `entities/${entityId}/`;
export const movedAnchorsDir = (entityId: string): string => `entities/${entityId}/ids/`;

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

import { createHash } from 'node:crypto';
import { site } from '../config/site';
import type { MonthPage } from '../documents/document-index';
import type { DocumentData } from '../documents/document-schema';
import { eventsByPassage } from '../timeline/passage-events';
import type { PeriodPage, YearCount } from '../timeline/timeline-pages';
import { allCollections, contentKey } from './collections';
import type { Content } from './corpus';

/**
 * Cache keys for the pages Astro may reuse from the last build
 * (`experimental.incrementalBuild`): a page is written again only when its key
 * changes (or the code that renders it). A key covers everything the page
 * shows, not only its own file: a source page also shows the entities named in
 * it and the timeline entries citing it; an entity page shows every passage
 * that names it, so a new document that mentions the entity changes its key.
 * The pages an index is split into (a month of documents, a month or a year
 * of the timeline, an entity's older mentions) have a key of what they list
 * and of the neighbours they link to. Pages that list everything (the
 * indexes, the timeline, the data files) have no key and are rendered on
 * every build. A document is in a key by its digest, which covers its file,
 * its sidecar and the code that reads it (src/lib/content/reader-version.ts).
 */

/** A short digest of `parts`, each a string or anything JSON can write. */
export function keyOf(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(
      typeof part === 'string' ? part : JSON.stringify(part, (_, v) => (v instanceof Map ? [...v] : v)),
    );
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

interface Digests {
  /** What every keyed page shows beside its own entry: the site's settings, entities, events, chapters. */
  shared: string;
  /** Each document's digest (its text and sidecar), by slug. */
  documents: Map<string, string>;
}

let digests: { key: string; value: Digests } | undefined;

async function contentDigests(): Promise<Digests> {
  const { docs, entities, chapters, events, key } = await allCollections();
  if (digests?.key === key) return digests.value;
  const value: Digests = {
    shared: keyOf(site, contentKey(entities, chapters, events)),
    documents: new Map(docs.map((d) => [d.id, String(d.digest ?? '')])),
  };
  digests = { key, value };
  return value;
}

const bySlug = new WeakMap<Content['documents'], Map<string, Content['documents'][number]>>();

/** A source page: its document, the entities named in it, and the timeline entries citing it. */
export async function documentPageKey(content: Content, slug: string): Promise<string> {
  const { shared, documents } = await contentDigests();
  // Found by slug in a map made once, not by going through every document for every page.
  let slugs = bySlug.get(content.documents);
  if (!slugs) {
    slugs = new Map(content.documents.map((d) => [d.slug, d]));
    bySlug.set(content.documents, slugs);
  }
  const doc = slugs.get(slug);
  const mentions = doc?.passages.map((p) => content.mentions.byPassage.get(`${slug}#${p.id}`) ?? []);
  return keyOf(shared, documents.get(slug) ?? '', mentions, eventsByPassage(content.timeline, slug));
}

/** An entity page: the entity, every passage naming it and every document it cites or is named in. */
export async function entityPageKey(content: Content, id: string): Promise<string> {
  const { shared, documents } = await contentDigests();
  const entity = content.entityById.get(id);
  const mentions = content.mentions.byEntity.get(id) ?? [];
  const slugs = new Set([
    ...mentions.map((m) => m.document),
    ...(entity?.citations ?? []).map((ref) => ref.split('#')[0] ?? ''),
  ]);
  return keyOf(
    shared,
    mentions,
    [...slugs].sort().map((s) => [s, documents.get(s) ?? '']),
  );
}

/** A month's page of documents: its documents, and the months before and after it links to. */
export async function monthPageKey(
  page: MonthPage<DocumentData>,
  neighbours: (MonthPage<DocumentData> | undefined)[],
): Promise<string> {
  const { shared, documents } = await contentDigests();
  return keyOf(
    shared,
    { ...page, items: page.items.map((d) => documents.get(d.slug) ?? '') },
    neighbours.map((n) => n && { month: n.month, page: n.page, pages: n.pages, path: n.path }),
  );
}

/** A timeline page of a month or a year: its entries or counts, and the titles of the pages it links to. */
export async function periodPageKey(
  shown: PeriodPage | YearCount,
  neighbours: (PeriodPage | YearCount | undefined)[],
): Promise<string> {
  const { shared } = await contentDigests();
  const label = (p: PeriodPage | YearCount) =>
    'year' in p
      ? { key: p.key, year: p.year }
      : { key: p.key, period: p.period, part: p.part, parts: p.parts };
  return keyOf(
    shared,
    shown,
    neighbours.map((n) => n && label(n)),
  );
}

/** An entity's page of older mentions: the documents on it, their passages naming it, its place. */
export async function mentionPageKey(
  content: Content,
  id: string,
  docs: readonly DocumentData[],
  place: { n: number; pages: number },
): Promise<string> {
  const { shared, documents } = await contentDigests();
  const slugs = new Set(docs.map((d) => d.slug));
  const mentions = (content.mentions.byEntity.get(id) ?? []).filter((m) => slugs.has(m.document));
  return keyOf(
    shared,
    id,
    place,
    mentions,
    [...slugs].map((s) => [s, documents.get(s) ?? '']),
  );
}

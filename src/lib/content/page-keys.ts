import { createHash } from 'node:crypto';
import { site } from '../config/site';
import { eventsByPassage } from '../timeline/passage-events';
import { allCollections, contentKey } from './collections';
import type { Content } from './corpus';

/**
 * Cache keys for the pages Astro may reuse from the last build
 * (`experimental.incrementalBuild`): a page is written again only when its key
 * changes (or the code that renders it). A key covers everything the page
 * shows, not only its own file: a source page also shows the entities named in
 * it and the timeline entries citing it; an entity page shows every passage
 * that names it, so a new document that mentions the entity changes its key.
 * Pages that list everything (the indexes, the timeline, the data files) have
 * no key and are rendered on every build.
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

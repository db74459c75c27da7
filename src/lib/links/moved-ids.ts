/**
 * Maps of ids that moved off a page to the page that has them now: the timeline's detected
 * dates on their month's pages, an entity's older documents on its continuation pages. A map is
 * split into shards, classic scripts that add their part to one global, since a page opened from
 * disk may load scripts but not fetch files; the links script loads the one shard an id is in.
 */
export const SHARD_GLOBAL = 'explainerMovedIds';

/** Ids per shard, about: each shard is a few kB gzip. */
const IDS_PER_SHARD = 400;

/** The shard an id's page is recorded in: FNV-1a, the same in the build and the browser. */
export function shardOf(id: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

/** The smallest power of two that keeps shards near `IDS_PER_SHARD` ids (0 when nothing moved). */
export function shardCount(ids: number): number {
  if (ids === 0) return 0;
  let n = 1;
  while (ids / n > IDS_PER_SHARD) n *= 2;
  return n;
}

/** A map of ids to page names, cut into its shards: the ids of shard N in the Nth. */
export function shardsOf(pageOf: ReadonlyMap<string, string>): Record<string, string>[] {
  const shards = shardCount(pageOf.size);
  const parts = Array.from({ length: shards }, () => ({}) as Record<string, string>);
  for (const [id, page] of pageOf) (parts[shardOf(id, shards)] as Record<string, string>)[id] = page;
  return parts;
}

/** The text of one shard's file. */
export const shardScript = (ids: Record<string, string>): string =>
  `self.${SHARD_GLOBAL}=Object.assign(self.${SHARD_GLOBAL}||{},${JSON.stringify(ids)});\n`;

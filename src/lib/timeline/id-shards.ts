/** The global a shard of the id map adds its ids to: a classic script, so it loads from disk too. */
export const SHARD_GLOBAL = 'explainerTimelineIds';

/** The shard an id's page is recorded in: FNV-1a, the same in the build and the browser. */
export function shardOf(id: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

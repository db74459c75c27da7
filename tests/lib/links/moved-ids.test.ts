import { describe, expect, it } from 'vitest';
import { SHARD_GLOBAL, shardCount, shardOf, shardScript, shardsOf } from '../../../src/lib/links/moved-ids';

describe('the shards of a map of moved ids', () => {
  it('are a power of two, about 400 ids each, and an id always falls in the same one', () => {
    expect([0, 1, 400, 401, 30_000].map(shardCount)).toEqual([0, 1, 1, 2, 128]);
    // FNV-1a of a fixed id: the browser computes the same, so this must never change.
    expect(shardOf('event-port-inspections', 128)).toBe(7);
    const spread = new Set(Array.from({ length: 2000 }, (_, i) => shardOf(`event-${i}`, 16)));
    expect(spread.size).toBe(16);
  });

  it('hold every id once, in the shard the browser will look in, as a script that adds to one global', () => {
    const pageOf = new Map(Array.from({ length: 900 }, (_, i) => [`in-doc-${i}`, `page-${2 + (i % 9)}`]));
    const shards = shardsOf(pageOf);
    expect(shards).toHaveLength(4);
    shards.forEach((ids, n) => {
      for (const id of Object.keys(ids)) expect(shardOf(id, shards.length)).toBe(n);
    });
    expect(Object.assign({}, ...shards)).toEqual(Object.fromEntries(pageOf));
    const scope: Record<string, unknown> = { [SHARD_GLOBAL]: { 'event-a': '2025-01' } };
    new Function('self', shardScript(shards[0] as Record<string, string>))(scope);
    expect(scope[SHARD_GLOBAL]).toEqual({ 'event-a': '2025-01', ...shards[0] });
    expect(shardsOf(new Map())).toEqual([]);
  });
});

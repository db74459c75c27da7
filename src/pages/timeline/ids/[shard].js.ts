import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../../lib/content/corpus';
import { SHARD_GLOBAL, shardOf, timelinePages } from '../../../lib/timeline/timeline-pages';

/**
 * One shard of the map from the ids moved off `timeline.html` to their page: a classic script
 * that adds its part to a global, since a page opened from disk may load scripts but not fetch.
 */
export const getStaticPaths = (async () => {
  const { pageOf, shards } = timelinePages((await loadContent()).timeline);
  const parts = Array.from({ length: shards }, () => ({}) as Record<string, string>);
  for (const [id, key] of pageOf) (parts[shardOf(id, shards)] as Record<string, string>)[id] = key;
  return parts.map((ids, shard) => ({ params: { shard: String(shard) }, props: { ids } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const ids = JSON.stringify((props as { ids: Record<string, string> }).ids);
  return new Response(`self.${SHARD_GLOBAL}=Object.assign(self.${SHARD_GLOBAL}||{},${ids});\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};

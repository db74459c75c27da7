import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../../lib/content/corpus';
import { shardScript, shardsOf } from '../../../lib/links/moved-ids';
import { timelinePages } from '../../../lib/timeline/timeline-pages';

/** One shard of the map from the ids moved off `timeline.html` to their page (src/lib/links/moved-ids.ts). */
export const getStaticPaths = (async () => {
  const { pageOf } = timelinePages((await loadContent()).timeline);
  return shardsOf(pageOf).map((ids, shard) => ({ params: { shard: String(shard) }, props: { ids } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(shardScript((props as { ids: Record<string, string> }).ids), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });

import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../../../lib/content/corpus';
import { movedAnchors, pagesNaming } from '../../../../lib/entities/mention-pages';
import { shardScript, shardsOf } from '../../../../lib/links/moved-ids';

/**
 * One shard of an entity's map from the anchors of older documents, moved off its page, to the
 * continuation page that has them now (src/lib/entities/mention-pages.ts).
 */
export const getStaticPaths = (async () => {
  const { entities, mentions, documents } = await loadContent();
  return entities.flatMap((entity) =>
    shardsOf(movedAnchors(pagesNaming(documents, mentions.byEntity.get(entity.id) ?? []))).map(
      (ids, shard) => ({ params: { id: entity.id, shard: String(shard) }, props: { ids } }),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(shardScript((props as { ids: Record<string, string> }).ids), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });

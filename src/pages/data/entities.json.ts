import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/corpus';
import { toPublicEntity } from '../../lib/entities/entities-data';

export const GET: APIRoute = async () => {
  const { entities, mentions } = await loadContent();
  const body = { entities: entities.map((e) => toPublicEntity(e, mentions.byEntity.get(e.id) ?? [])) };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/corpus';
import { toPublicChapter } from '../../lib/explainer/explainer-data';

export const GET: APIRoute = async () => {
  const { chapters } = await loadContent();
  const body = { chapters: chapters.map((c) => toPublicChapter(c.id, c.data)) };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

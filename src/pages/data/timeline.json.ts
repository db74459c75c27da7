import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/corpus';
import { toPublicEntry } from '../../lib/timeline/timeline-data';

export const GET: APIRoute = async () => {
  const body = { entries: (await loadContent()).timeline.map(toPublicEntry) };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

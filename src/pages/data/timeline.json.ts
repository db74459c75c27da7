import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/corpus';
import { publicTimeline } from '../../lib/timeline/timeline-data';

export const GET: APIRoute = async () => {
  const body = { entries: publicTimeline((await loadContent()).timeline) };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

import type { APIRoute } from 'astro';
import { getTimeline } from '../../lib/timeline/get-timeline';
import { toPublicEntry } from '../../lib/timeline/timeline-data';

export const GET: APIRoute = async () => {
  const body = { entries: (await getTimeline()).map(toPublicEntry) };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

import type { APIRoute } from 'astro';
import { getTimeline } from '../../lib/timeline/get-timeline';
import { timelineCsv, toPublicEntry } from '../../lib/timeline/timeline-data';

export const GET: APIRoute = async () =>
  new Response(timelineCsv((await getTimeline()).map(toPublicEntry)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

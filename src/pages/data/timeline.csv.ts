import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/corpus';
import { publicTimeline, timelineCsv } from '../../lib/timeline/timeline-data';

export const GET: APIRoute = async () =>
  new Response(timelineCsv(publicTimeline((await loadContent()).timeline)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/corpus';
import { timelineCsv, toPublicEntry } from '../../lib/timeline/timeline-data';

export const GET: APIRoute = async () =>
  new Response(timelineCsv((await loadContent()).timeline.map(toPublicEntry)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

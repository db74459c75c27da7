import { collection, contentKey } from '../content/collections';
import { buildTimeline } from './build-timeline';
import type { TimelineEntry } from './timeline-entry';

let cached: { key: string; entries: TimelineEntry[] } | undefined;

/**
 * The timeline from the documents and events collections. Every source page
 * asks for it, so it is built once per content state (keyed by digests), not
 * once per page.
 */
export async function getTimeline(): Promise<TimelineEntry[]> {
  const [documents, events] = await Promise.all([collection('documents'), collection('events')]);
  const key = contentKey(documents, events);
  if (cached?.key !== key) {
    cached = {
      key,
      entries: buildTimeline(
        documents.map((d) => d.data),
        events.map((e) => e.data),
      ),
    };
  }
  return cached.entries;
}

import { whenOf } from './entry-view';
import { shorten } from './shorten';
import type { TimelineEntry } from './timeline-entry';

export interface PassageEvent {
  id: string;
  label: string;
}

/** For one document: each passage's entries on the timeline, so its page can link back to them. */
export function eventsByPassage(
  entries: readonly TimelineEntry[],
  documentSlug: string,
): Map<string, PassageEvent[]> {
  const byPassage = new Map<string, PassageEvent[]>();
  for (const entry of entries) {
    const words = entry.detection ? `“${entry.detection.text}”` : shorten(entry.title, 90);
    for (const source of entry.sources) {
      if (source.document !== documentSlug) continue;
      const list = byPassage.get(source.passage) ?? [];
      list.push({ id: entry.id, label: `${whenOf(entry)}: ${words}` });
      byPassage.set(source.passage, list);
    }
  }
  return byPassage;
}

import { whenOf } from './entry-view';
import { shorten } from './shorten';
import type { TimelineEntry } from './timeline-entry';

export interface PassageEvent {
  id: string;
  label: string;
}

type PassageEventIndex = Map<string, Map<string, PassageEvent[]>>;

// Every source page asks; scanning all entries for each would be quadratic in the corpus.
const indexes = new WeakMap<readonly TimelineEntry[], PassageEventIndex>();

/** For one document: each passage's entries on the timeline, so its page can link back to them. */
export function eventsByPassage(
  entries: readonly TimelineEntry[],
  documentSlug: string,
): Map<string, PassageEvent[]> {
  let index = indexes.get(entries);
  if (!index) {
    index = indexByDocument(entries);
    indexes.set(entries, index);
  }
  return index.get(documentSlug) ?? new Map();
}

function indexByDocument(entries: readonly TimelineEntry[]): PassageEventIndex {
  const index: PassageEventIndex = new Map();
  for (const entry of entries) {
    const words = entry.detection ? `“${entry.detection.text}”` : shorten(entry.title, 90);
    for (const source of entry.sources) {
      const byPassage = index.get(source.document) ?? new Map<string, PassageEvent[]>();
      const list = byPassage.get(source.passage) ?? [];
      list.push({ id: entry.id, label: `${whenOf(entry)}: ${words}` });
      byPassage.set(source.passage, list);
      index.set(source.document, byPassage);
    }
  }
  return index;
}

import { ui } from '../text/ui-text';
import type { Entry } from './read-entries';

export type Filters = Record<'category' | 'status' | 'documents', string>;

/** The filter menus' values; an empty value lets everything through. */
export function readFilters(root: ParentNode): Filters {
  const value = (name: string) =>
    root.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)?.value ?? '';
  return { category: value('category'), status: value('status'), documents: value('documents') };
}

export function matches(entry: Entry, f: Filters): boolean {
  return (
    (!f.category || entry.category === f.category) &&
    (!f.status || entry.status === f.status) &&
    (!f.documents || entry.documents.includes(f.documents))
  );
}

export function clearFilters(root: ParentNode): void {
  for (const select of root.querySelectorAll<HTMLSelectElement>('select[data-filter]')) select.value = '';
}

/** Shows only the matching entries in the list (and no empty year), and says how many there are. */
export function applyToList(root: ParentNode, entries: readonly Entry[], shown: ReadonlySet<Entry>): void {
  for (const entry of entries) entry.el.hidden = !shown.has(entry);
  for (const group of root.querySelectorAll<HTMLElement>('.tl-list-group')) {
    group.hidden = !group.querySelector('.tl-entry:not([hidden])');
  }
  const tally = root.querySelector('.tl-shown');
  if (tally) {
    tally.textContent =
      shown.size === entries.length
        ? ui()('timeline.allEvents', { events: ui().count(entries.length, 'event') })
        : ui()('timeline.showing', { shown: shown.size, events: ui().count(entries.length, 'event') });
  }
}

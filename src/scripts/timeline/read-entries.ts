import type { ChartItem } from '../../lib/timeline/chart-items';
import type { Status } from '../../lib/timeline/event-schema';
import type { Precision } from '../../lib/timeline/periods';
import { periodBounds } from '../../lib/timeline/periods';

/** An entry of the page's list, with what the chart and the filters need from it. */
export interface Entry {
  item: ChartItem;
  el: HTMLElement;
  /** Values the filters compare against: a category, a status, the documents cited. */
  category: string;
  status: string;
  documents: string[];
}

/** The list is the source of truth: the chart is drawn from what it holds, in its order (by date). */
export function readEntries(root: ParentNode): Entry[] {
  return [...root.querySelectorAll<HTMLElement>('.tl-entries > .tl-entry')].map((el) => {
    const d = el.dataset;
    const [start, end] = periodBounds(d.start ?? '', d.end ?? '');
    return {
      el,
      category: d.category || '-',
      status: d.status || '-',
      documents: (d.documents ?? '').split(' '),
      item: {
        id: el.id,
        start,
        end,
        precision: (d.precision || null) as Precision | null,
        status: (d.status || null) as Status | null,
        pending: d.pending === 'true',
        label: el.querySelector('.tl-entry-title-text')?.textContent?.trim() ?? el.id,
        when: el.querySelector('.tl-entry-when')?.textContent?.trim() ?? '',
      },
    };
  });
}

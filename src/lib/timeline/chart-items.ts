import { pendingStatuses, type Status } from './event-schema';
import { type Precision, periodBounds } from './periods';
import type { TimelineEntry } from './timeline-entry';

/** What the chart needs of an entry: times in ms, which lane, and a label. Shared with the browser. */
export interface ChartItem {
  id: string;
  /** Start of the first day (ms since 1970, UTC). Undated items sit at the date of their newest source. */
  start: number;
  /** Start of the day after the last one, so a day is one day wide. */
  end: number;
  /** Null for an undated item. */
  precision: Precision | null;
  status: Status | null;
  /** Pending (under consideration, undecided) and undated items get their own lane. */
  pending: boolean;
  label: string;
  /** The date written out, for the mark's tooltip. */
  when: string;
}

export function isPending(status: Status | null, precision: Precision | null): boolean {
  return precision === null || (status !== null && pendingStatuses.includes(status));
}

export function toChartItem(entry: TimelineEntry, when: string): ChartItem {
  const [start, end] = periodBounds(entry.start ?? entry.asOf, entry.end ?? entry.asOf);
  return {
    id: entry.id,
    start,
    end,
    precision: entry.precision,
    status: entry.status,
    pending: isPending(entry.status, entry.precision),
    label: entry.title,
    when,
  };
}

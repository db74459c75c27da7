import type { ChartItem } from '../../../src/lib/timeline/chart-items';
import type { Precision } from '../../../src/lib/timeline/periods';
import { parseIsoDay, periodBounds, periodOf } from '../../../src/lib/timeline/periods';

/** A chart item on the day or period that contains `date`. */
export function item(
  id: string,
  date: string,
  precision: Precision = 'day',
  extra: Partial<ChartItem> = {},
): ChartItem {
  const period = periodOf(parseIsoDay(date), precision);
  const [start, end] = periodBounds(period.start, period.end);
  return {
    id,
    start,
    end,
    precision,
    status: 'happened',
    pending: false,
    label: `Event ${id}`,
    when: date,
    ...extra,
  };
}

export const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

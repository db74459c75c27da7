import { utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';

/** How exactly a date is known: a day is a point; a week, month or year is a span. */
export const precisions = ['day', 'week', 'month', 'year'] as const;
export type Precision = (typeof precisions)[number];

/** A calendar period as inclusive ISO dates (`YYYY-MM-DD`); a week runs Monday to Sunday (ISO 8601). */
export interface Period {
  start: string;
  end: string;
  precision: Precision;
}

const floors = { day: utcDay, week: utcMonday, month: utcMonth, year: utcYear } as const;

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function parseIsoDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The period of the given precision that contains the day `date`. */
export function periodOf(date: Date, precision: Precision): Period {
  const interval = floors[precision];
  const start = interval.floor(date);
  const end = utcDay.offset(interval.offset(start, 1), -1);
  return { start: isoDay(start), end: isoDay(end), precision };
}

/** Start of the first day and start of the day after the last, in ms: the span a chart draws. */
export function periodBounds(start: string, end: string): [number, number] {
  return [parseIsoDay(start).getTime(), utcDay.offset(parseIsoDay(end), 1).getTime()];
}

/**
 * A period written out for readers: `April 15, 2025`, `Week of April 14, 2025`, `February 2025`, `2025`,
 * in `locale`, with `weekOf` saying how a week is introduced.
 */
export function formatPeriod(
  { start, precision }: Pick<Period, 'start' | 'precision'>,
  locale = 'en',
  weekOf = (day: string) => `Week of ${day}`,
): string {
  const date = parseIsoDay(start);
  const day = () => formatter(locale, 'day').format(date);
  if (precision === 'day') return day();
  if (precision === 'week') return weekOf(day());
  if (precision === 'month') return formatter(locale, 'month').format(date);
  return start.slice(0, 4);
}

const formatOptions = {
  day: { dateStyle: 'long', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per locale and style: making an `Intl.DateTimeFormat` costs far more than
 * using one, and a timeline of 30,000 detected dates formats each of them several times.
 */
function formatter(locale: string, style: keyof typeof formatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${style}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, formatOptions[style]);
    formatters.set(key, format);
  }
  return format;
}

/** The HTML `datetime` value for a period: `2025-04-15`, `2025-W16`, `2025-02`, `2025`. */
export function periodDatetime({ start, precision }: Pick<Period, 'start' | 'precision'>): string {
  if (precision === 'day') return start;
  if (precision === 'month') return start.slice(0, 7);
  if (precision === 'year') return start.slice(0, 4);
  // ISO 8601: a week belongs to the year of its Thursday, and week 1 holds that year's first Thursday.
  const thursday = utcDay.offset(parseIsoDay(start), 3);
  const week = Math.floor(utcDay.count(utcYear.floor(thursday), thursday) / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

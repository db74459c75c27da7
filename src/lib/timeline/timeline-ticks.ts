import { type CountableTimeInterval, utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import type { TimeScale } from './timeline-scale';

export interface Tick {
  time: number;
  x: number;
  label: string;
  /** A tick that starts a new year (or the first tick), which carries the year in its label. */
  major: boolean;
}

type Unit = 'day' | 'month' | 'year';
interface Candidate {
  interval: CountableTimeInterval;
  /** Rough length in days, to judge spacing without listing every tick. */
  days: number;
  unit: Unit;
}

const every = (interval: CountableTimeInterval, step: number) =>
  step === 1 ? interval : (interval.every(step) as CountableTimeInterval);

/** From the finest to the coarsest; the chart takes the finest whose labels do not collide. */
const CANDIDATES: Candidate[] = [
  { interval: utcDay, days: 1, unit: 'day' },
  { interval: every(utcDay, 2), days: 2, unit: 'day' },
  { interval: utcMonday, days: 7, unit: 'day' },
  { interval: utcMonth, days: 30.4, unit: 'month' },
  { interval: every(utcMonth, 3), days: 91.3, unit: 'month' },
  { interval: every(utcMonth, 6), days: 182.6, unit: 'month' },
  ...[1, 2, 5, 10, 20, 50, 100].map((step) => ({
    interval: every(utcYear, step),
    days: 365.25 * step,
    unit: 'year' as const,
  })),
];

/** Average advance of the UI font's characters, in ems; labels are short, so an estimate is enough. */
export const CHAR_WIDTH = 0.58;

export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH;
}

const MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });
const DAY_OF_MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

function label(date: Date, unit: Unit, major: boolean): string {
  const year = String(date.getUTCFullYear());
  if (unit === 'year') return year;
  if (unit === 'month') return major ? `${MONTH.format(date)} ${year}` : MONTH.format(date);
  return major ? `${DAY_OF_MONTH.format(date)}, ${year}` : DAY_OF_MONTH.format(date);
}

/**
 * Axis ticks for the visible part of `scale`: the finest calendar interval
 * whose widest label still leaves `gap` pixels to the next, so labels stay
 * readable at any width, a phone's included. The first tick and each new
 * year carry the year.
 */
export function axisTicks(scale: TimeScale, fontSize: number, gap = 14): Tick[] {
  const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const pxPerDay = ((r1 - r0) / (d1 - d0)) * 864e5;
  const widest = { day: 'Sep 30, 2000', month: 'Sep 2000', year: '2000' };
  const chosen =
    CANDIDATES.find((c) => c.days * pxPerDay >= textWidth(widest[c.unit], fontSize) + gap) ??
    (CANDIDATES.at(-1) as Candidate);
  const times = chosen.interval.range(new Date(d0), new Date(d1 + 1));
  return times.map((date, i) => {
    const previous = times[i - 1];
    const major = !previous || previous.getUTCFullYear() !== date.getUTCFullYear();
    return { time: date.getTime(), x: scale(date), label: label(date, chosen.unit, major), major };
  });
}

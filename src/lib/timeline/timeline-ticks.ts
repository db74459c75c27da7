import { type CountableTimeInterval, utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import type { TimeScale } from './timeline-scale';

export interface Tick {
  time: number;
  x: number;
  label: string;
  /** The first tick and each that starts a new year. */
  major: boolean;
  /** On a major tick of days or months, its year, written under the label. */
  year?: string;
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

/** Ticks closer than this look busy, when the view leaves room for fewer. */
const MIN_SPACING = 80;

export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH;
}

// Made once per language and unit: making a formatter costs more than a frame's whole layout.
const formats = new Map<string, Intl.DateTimeFormat>();

function label(date: Date, unit: Unit, locale: string): string {
  if (unit === 'year') return String(date.getUTCFullYear());
  const key = `${locale} ${unit}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      unit === 'month'
        ? { month: 'short', timeZone: 'UTC' }
        : { month: 'short', day: 'numeric', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format.format(date);
}

/**
 * Axis ticks for the visible part of `scale`: the finest calendar interval
 * whose widest label still leaves `gap` pixels to the next, so labels stay
 * readable at any width, a phone's included. Labels stay short ("Sep 30",
 * "Sep"); the first tick and each new year carry the year on a line below.
 */
export function axisTicks(scale: TimeScale, fontSize: number, gap = 14, locale = 'en'): Tick[] {
  const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const pxPerDay = ((r1 - r0) / (d1 - d0)) * 864e5;
  const widest = { day: 'Sep 30', month: 'Sep', year: '2000' };
  const spacing = (c: Candidate) => c.days * pxPerDay;
  const fits = (c: Candidate) => spacing(c) >= textWidth(widest[c.unit], fontSize) + gap;
  // Roomy ticks read best; but a narrow or deep view takes the densest that fit rather than one or two.
  const roomy = (c: Candidate) => fits(c) && spacing(c) >= MIN_SPACING && (r1 - r0) / spacing(c) >= 3;
  const chosen = CANDIDATES.find(roomy) ?? CANDIDATES.find(fits) ?? (CANDIDATES.at(-1) as Candidate);
  const times = chosen.interval.range(new Date(d0), new Date(d1 + 1));
  return times.map((date, i) => {
    const previous = times[i - 1];
    const major = !previous || previous.getUTCFullYear() !== date.getUTCFullYear();
    const tick: Tick = {
      time: date.getTime(),
      x: scale(date),
      label: label(date, chosen.unit, locale),
      major,
    };
    if (major && chosen.unit !== 'year') tick.year = String(date.getUTCFullYear());
    return tick;
  });
}

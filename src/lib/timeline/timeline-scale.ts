import { utcDay } from 'd3-time';
import type { ChartItem } from './chart-items';

export type Domain = [number, number];

const DAY = 864e5;

/**
 * The whole time span the chart can show: every item, with room either side
 * so marks at the ends are not cut off, and at least two months so a single
 * date does not fill the width. Whole days, so server and browser agree.
 */
export function fullDomain(items: readonly ChartItem[]): Domain {
  if (items.length === 0) return [0, 60 * DAY];
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    lo = Math.min(lo, item.start);
    hi = Math.max(hi, item.end);
  }
  const pad = Math.max((hi - lo) * 0.06, 14 * DAY, (60 * DAY - (hi - lo)) / 2);
  return [utcDay.floor(new Date(lo - pad)).getTime(), utcDay.ceil(new Date(hi + pad)).getTime()];
}

/** Share of the items the opening view must show. */
const DENSE_SHARE = 0.8;

/**
 * The span the chart opens on: the shortest stretch holding most items, so
 * one event a century back does not squeeze all the others into a single
 * cluster. Outliers stay inside the full domain, a zoom-out or pan away, and
 * in the list. When the items are spread evenly, the whole domain.
 */
export function initialView(items: readonly ChartItem[], full: Domain = fullDomain(items)): Domain {
  const need = Math.max(2, Math.ceil(items.length * DENSE_SHARE));
  if (items.length < 4) return full;
  const mids = items.map((i) => (i.start + i.end) / 2).sort((a, b) => a - b);
  let best = 0;
  for (let i = 1; i + need - 1 < mids.length; i++) {
    if ((mids[i + need - 1] ?? 0) - (mids[i] ?? 0) < (mids[best + need - 1] ?? 0) - (mids[best] ?? 0))
      best = i;
  }
  const from = mids[best] ?? full[0];
  const to = mids[best + need - 1] ?? full[1];
  const dense = items.filter((i) => (i.start + i.end) / 2 >= from && (i.start + i.end) / 2 <= to);
  const view = fullDomain(dense);
  if (view[1] - view[0] > (full[1] - full[0]) / 2) return full;
  return clampDomain(view, full);
}

/** What the layout needs of a time scale: d3's scaleUtc has it, and so has `linearTimeScale`. */
export interface TimeScale {
  (time: Date | number): number;
  invert(x: number): Date;
  domain(): Date[];
  range(): number[];
}

/** Makes the x scale for a visible domain drawn across `[left, right]` pixels. */
export type ScaleFactory = (domain: Domain, left: number, right: number) => TimeScale;

/**
 * The same straight line from time to pixels as d3's scaleUtc, for the
 * browser: scaleUtc brings d3's formats, colours and interpolators, over half
 * the timeline script, none of which the chart uses. The build draws with
 * scaleUtc; a unit test holds the two to the same numbers.
 */
export const linearTimeScale: ScaleFactory = ([d0, d1], left, right) => {
  const k = (right - left) / (d1 - d0);
  const scale = (time: Date | number) => left + (Number(time) - d0) * k;
  scale.invert = (x: number) => new Date(d0 + (x - left) / k);
  scale.domain = () => [new Date(d0), new Date(d1)];
  scale.range = () => [left, right];
  return scale;
};

/** The shortest span the chart zooms into: two days across the whole width. */
export const MIN_SPAN = 2 * DAY;

/**
 * Zooms the visible domain by `factor` (above 1 zooms in) around the time
 * `at`, and keeps it inside the full domain: the browser's zoom and pan.
 */
export function zoomDomain(view: Domain, full: Domain, factor: number, at: number): Domain {
  const span = Math.min(full[1] - full[0], Math.max(MIN_SPAN, (view[1] - view[0]) / factor));
  const ratio = (at - view[0]) / (view[1] - view[0]);
  return clampDomain([at - ratio * span, at - ratio * span + span], full);
}

/** Moves the view by `shift` ms, or brings it back inside the full domain. */
export function clampDomain(view: Domain, full: Domain, shift = 0): Domain {
  const span = Math.min(view[1] - view[0], full[1] - full[0]);
  const start = Math.min(Math.max(view[0] + shift, full[0]), full[1] - span);
  return [start, start + span];
}

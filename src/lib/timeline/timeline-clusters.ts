import type { ChartItem } from './chart-items';
import type { TimeScale } from './timeline-scale';

/** One thing drawn on the chart: a single item, or a cluster of items too close to tell apart. */
export interface ChartNode {
  items: ChartItem[];
  pending: boolean;
  /** Earliest start and latest end of its items, in ms. */
  start: number;
  end: number;
  /** Its mark's extent in pixels: a day's dot, a span's bar, a cluster's bubble. */
  x0: number;
  x1: number;
  /** Drawn as a bar (a span, or a cluster of the same span) rather than a dot or bubble. */
  bar: boolean;
}

export interface ClusterOptions {
  /** Marks closer than this (px, centre to centre) merge into one cluster. */
  minSeparation: number;
  /** Items with exactly the same span show one by one up to this many, then as one cluster. */
  maxSameSpan: number;
  /** Marks closer than `minSeparation` show one by one up to this many, then as one cluster. */
  maxTogether: number;
  dotRadius: number;
  bubbleRadius: number;
}

export const clusterDefaults: ClusterOptions = {
  minSeparation: 26,
  maxSameSpan: 3,
  maxTogether: 3,
  dotRadius: 6,
  bubbleRadius: 11,
};

/**
 * Groups items for the current zoom. Items with the same span (all "2024",
 * say) gather first; then marks narrower than `minSeparation` gather with
 * their neighbours, anchored on the leftmost, so a cluster never grows wider
 * than that: a few stay apart, more become one cluster. Wide spans always
 * stay on their own. Computed over every item, visible or not, so panning
 * never reshuffles what is on screen.
 */
export function clusterItems(
  items: readonly ChartItem[],
  scale: TimeScale,
  options: ClusterOptions = clusterDefaults,
): ChartNode[] {
  const nodes: ChartNode[] = [];
  for (const pending of [false, true]) {
    const units = sameSpanUnits(
      items.filter((i) => i.pending === pending),
      options.maxSameSpan,
    ).map((group) => toNode(group, pending, scale, options));
    const narrow = units.filter((n) => n.x1 - n.x0 < options.minSeparation);
    nodes.push(...units.filter((n) => n.x1 - n.x0 >= options.minSeparation));
    narrow.sort((a, b) => centre(a) - centre(b) || a.start - b.start);
    let group: ChartNode[] = [];
    // A few single marks close together still fit, one per row; more than that become one cluster.
    const flush = () => {
      const count = group.reduce((n, node) => n + node.items.length, 0);
      if (count <= options.maxTogether && group.every((n) => n.items.length === 1)) nodes.push(...group);
      else if (group.length === 1) nodes.push(group[0] as ChartNode);
      else if (group.length > 1) nodes.push(bubble(group, pending, options));
      group = [];
    };
    for (const node of narrow) {
      const anchor = group[0];
      if (anchor && centre(node) - centre(anchor) >= options.minSeparation) flush();
      group.push(node);
    }
    flush();
  }
  return nodes.sort((a, b) => a.x0 - b.x0 || a.start - b.start || byId(firstId(a), firstId(b)));
}

function sameSpanUnits(items: readonly ChartItem[], maxSameSpan: number): ChartItem[][] {
  const bySpan = new Map<string, ChartItem[]>();
  for (const item of items) {
    const key = `${item.start}:${item.end}:${item.precision}`;
    const group = bySpan.get(key);
    if (group) group.push(item);
    else bySpan.set(key, [item]);
  }
  return [...bySpan.values()].flatMap((group) =>
    group.length > maxSameSpan ? [group] : group.map((i) => [i]),
  );
}

function toNode(items: ChartItem[], pending: boolean, scale: TimeScale, o: ClusterOptions): ChartNode {
  const first = items[0] as ChartItem;
  const a = scale(first.start);
  const b = scale(first.end);
  // A group of the same span too narrow to write "12 events" in is a bubble, like any cluster.
  const bar =
    first.precision !== null && first.precision !== 'day' && (items.length === 1 || b - a >= o.minSeparation);
  // A pixel off each end, so that neighbouring months do not touch and can share a row.
  if (bar)
    return { items, pending, start: first.start, end: first.end, x0: a + 1, x1: Math.max(b - 1, a + 4), bar };
  const r = items.length > 1 ? bubbleRadius(items.length, o) : o.dotRadius;
  const mid = (a + b) / 2;
  return { items, pending, start: first.start, end: first.end, x0: mid - r, x1: mid + r, bar };
}

function bubble(group: ChartNode[], pending: boolean, o: ClusterOptions): ChartNode {
  const items = group.flatMap((n) => n.items).sort((a, b) => a.start - b.start || byId(a.id, b.id));
  const start = Math.min(...group.map((n) => n.start));
  const end = Math.max(...group.map((n) => n.end));
  const mid = (centre(group[0] as ChartNode) + centre(group.at(-1) as ChartNode)) / 2;
  const r = bubbleRadius(items.length, o);
  return { items, pending, start, end, x0: mid - r, x1: mid + r, bar: false };
}

/** Wide enough for its count: three digits and more need a larger bubble. */
const bubbleRadius = (count: number, o: ClusterOptions) =>
  o.bubbleRadius + 3 * Math.max(0, String(count).length - 2);
const centre = (n: ChartNode) => (n.x0 + n.x1) / 2;
const firstId = (n: ChartNode) => n.items[0]?.id ?? '';
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

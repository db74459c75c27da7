import { describe, expect, it } from 'vitest';
import { timeScale } from '../../../src/lib/timeline/d3-time-scale';
import { revealView, sameSpan } from '../../../src/lib/timeline/reveal-view';
import { clusterDefaults, clusterItems } from '../../../src/lib/timeline/timeline-clusters';
import { fullDomain } from '../../../src/lib/timeline/timeline-scale';
import { buildScene } from '../../../src/lib/timeline/timeline-scene';
import { item, utc } from './items';

const DAY = 864e5;
const scale = (from: string, to: string, width = 1000) => timeScale([utc(from), utc(to)], 0, width);
const ids = (nodes: ReturnType<typeof clusterItems>) => nodes.map((n) => n.items.map((i) => i.id));

/** 1,000 day items spread over seven years, the same every run. */
function manyItems(count = 1000) {
  let seed = 7;
  const next = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(utc('2019-01-01') + Math.floor(next() * 7 * 365) * DAY).toISOString().slice(0, 10);
    const precision = (['day', 'day', 'day', 'week', 'month', 'year'] as const)[i % 6];
    return item(`e${String(i).padStart(4, '0')}`, day, precision, { pending: i % 50 === 0 });
  });
}

describe('clusterItems', () => {
  it('leaves items that are far enough apart on their own', () => {
    const nodes = clusterItems(
      [item('a', '2025-02-01'), item('b', '2025-03-01')],
      scale('2025-01-01', '2025-05-01'),
    );
    expect(ids(nodes)).toEqual([['a'], ['b']]);
  });

  it('merges more than three marks closer than the minimum separation into one cluster, never wider than that', () => {
    // Over seven years on 1,000 px a day is 0.4 px: these days are a few pixels apart.
    const days = ['2025-02-01', '2025-02-05', '2025-02-10', '2025-02-20', '2025-04-20', '2025-04-28'];
    const nodes = clusterItems(
      days.map((d, i) => item(`i${i}`, d)),
      scale('2019-01-01', '2026-01-01'),
    );
    expect(ids(nodes)).toEqual([['i0', 'i1', 'i2', 'i3'], ['i4'], ['i5']]);
    expect(nodes[0]!.x1 - nodes[0]!.x0).toBeLessThan(2 * clusterDefaults.bubbleRadius + 1);
  });

  it('keeps up to three close marks apart, to be stacked in rows', () => {
    const items = ['2025-02-01', '2025-02-02', '2025-02-03'].map((d, i) => item(`i${i}`, d));
    expect(ids(clusterItems(items, scale('2019-01-01', '2026-01-01')))).toEqual([['i0'], ['i1'], ['i2']]);
  });

  it('splits a cluster when zoomed in', () => {
    const items = ['2025-02-01', '2025-02-05', '2025-02-10', '2025-02-20'].map((d, i) => item(`i${i}`, d));
    expect(clusterItems(items, scale('2019-01-01', '2026-01-01'))).toHaveLength(1);
    expect(clusterItems(items, scale('2025-01-15', '2025-03-01'))).toHaveLength(4);
  });

  it('gathers more than three items of exactly the same span into one bar; three stay apart', () => {
    const years = (n: number) => Array.from({ length: n }, (_, i) => item(`y${i}`, '2024-06-01', 'year'));
    const s = scale('2023-01-01', '2026-01-01');
    expect(clusterItems(years(3), s)).toHaveLength(3);
    const [bar] = clusterItems(years(4), s);
    expect(bar?.bar).toBe(true);
    expect(bar?.items).toHaveLength(4);
  });

  it('never clusters a span wide enough to see, nor a pending item with a dated one', () => {
    const nodes = clusterItems(
      [
        item('month', '2025-03-01', 'month'),
        item('day', '2025-03-10'),
        item('p', '2025-03-10', 'day', { pending: true }),
      ],
      scale('2025-01-01', '2025-06-01'),
    );
    expect(ids(nodes).sort()).toEqual([['day'], ['month'], ['p']]);
  });

  it('keeps the same clusters when the view pans', () => {
    const items = manyItems(300);
    const at = (from: string, to: string) =>
      clusterItems(items, scale(from, to)).map((n) => n.items.map((i) => i.id).join());
    expect(at('2021-01-01', '2022-01-01')).toEqual(at('2021-03-01', '2022-03-01'));
  });
});

describe('1,000 events', () => {
  const items = manyItems();

  it('draw as at most 800 SVG elements at the initial zoom, on a desktop and on a phone', () => {
    const count = (node: { children?: unknown[] }): number =>
      1 + (node.children ?? []).reduce<number>((n, c) => n + count(c as { children?: unknown[] }), 0);
    for (const width of [1000, 390]) {
      const scene = buildScene(items, { width, view: fullDomain(items), scale: timeScale });
      expect(count(scene.svg)).toBeLessThanOrEqual(800);
      expect(scene.nodes.reduce((n, node) => n + node.items.length, 0)).toBe(1000);
    }
  });

  it('never draw a negative size, at any zoom and pan', () => {
    const full = fullDomain(items);
    const all = (node: { attrs: Record<string, string>; children?: unknown[] }): Record<string, string>[] => [
      node.attrs,
      ...(node.children ?? []).flatMap((c) =>
        all(c as { attrs: Record<string, string>; children?: unknown[] }),
      ),
    ];
    for (const days of [3, 20, 90, 400]) {
      for (let step = 0; step <= 12; step++) {
        const start = full[0] + ((full[1] - full[0] - days * DAY) * step) / 12;
        const { svg } = buildScene(items, {
          width: 390,
          view: [start, start + days * DAY],
          scale: timeScale,
        });
        for (const attrs of all(svg)) {
          for (const name of ['width', 'height', 'r']) {
            if (attrs[name] !== undefined)
              expect(Number(attrs[name]), `${name} at ${start}`).toBeGreaterThanOrEqual(0);
          }
        }
      }
    }
  });

  // Eighty scenes of a thousand events: seconds on a busy two-core machine, more than the default limit.
  it('can each be shown on their own: the view a deep link opens', { timeout: 30_000 }, () => {
    const full = fullDomain(items);
    const at = (view: [number, number], id: string) =>
      buildScene(items, { width: 1000, view, scale: timeScale }).nodes.find((n) =>
        n.items.some((i) => i.id === id),
      );
    const hidden = items.filter((i) => (at(full, i.id)?.items.length ?? 0) > 1).slice(0, 40);
    expect(hidden.length).toBe(40);
    for (const target of hidden) {
      const view = revealView(items, target.id, full, { width: 1000, view: full, scale: timeScale });
      const node = at(view, target.id);
      // Alone, or among events with exactly its dates, which no zoom can separate.
      expect(node?.items.length === 1 || sameSpan(node?.items ?? []), target.id).toBe(true);
      if (node && node.items.length > 1)
        expect(node.items.every((i) => i.precision === target.precision)).toBe(true);
    }
  });

  it('cluster less and less as the view zooms in', () => {
    const full = fullDomain(items);
    const clusters = (span: number) => {
      const s = timeScale([full[0], full[0] + span], 0, 1000);
      return clusterItems(items, s, clusterDefaults).filter((n) => n.items.length > 1).length;
    };
    const spans = [full[1] - full[0], 365 * DAY, 30 * DAY];
    const counts = spans.map((span) => clusters(span));
    expect(counts[0]).toBeGreaterThan(0);
    const single = (span: number) =>
      clusterItems(items, timeScale([full[0], full[0] + span], 0, 1000)).filter((n) => n.items.length === 1)
        .length;
    expect(single(30 * DAY)).toBeGreaterThan(single(full[1] - full[0]));
  });
});

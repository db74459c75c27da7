import { describe, expect, it } from 'vitest';
import { timeScale } from '../../../src/lib/timeline/d3-time-scale';
import { clusterItems } from '../../../src/lib/timeline/timeline-clusters';
import { packRows } from '../../../src/lib/timeline/timeline-lanes';
import {
  clampDomain,
  fullDomain,
  linearTimeScale,
  MIN_SPAN,
  zoomDomain,
} from '../../../src/lib/timeline/timeline-scale';
import { buildScene } from '../../../src/lib/timeline/timeline-scene';
import { axisTicks } from '../../../src/lib/timeline/timeline-ticks';
import { item, utc } from './items';

const DAY = 864e5;

describe('fullDomain', () => {
  it('covers every item with room either side, in whole days', () => {
    const [d0, d1] = fullDomain([item('a', '2025-02-01', 'month'), item('b', '2025-04-15')]);
    expect(d0).toBeLessThan(utc('2025-02-01'));
    expect(d1).toBeGreaterThan(utc('2025-04-16'));
    expect(d0 % DAY).toBe(0);
    expect(d1 % DAY).toBe(0);
  });

  it('gives a single day at least two months, centred on it', () => {
    const [d0, d1] = fullDomain([item('a', '2025-04-15')]);
    expect(d1 - d0).toBeGreaterThanOrEqual(60 * DAY);
    expect(Math.abs((d0 + d1) / 2 - utc('2025-04-15') - DAY / 2)).toBeLessThanOrEqual(DAY);
  });
});

describe('zoom and pan stay inside the full domain', () => {
  const full: [number, number] = [utc('2025-01-01'), utc('2026-01-01')];

  it('zooms around the given time, keeping it at the same place on screen', () => {
    const at = utc('2025-04-01');
    const view = zoomDomain(full, full, 4, at);
    expect(view[1] - view[0]).toBeCloseTo((full[1] - full[0]) / 4);
    const before = (at - full[0]) / (full[1] - full[0]);
    expect((at - view[0]) / (view[1] - view[0])).toBeCloseTo(before);
  });

  it('never zooms out past the full domain nor in past two days', () => {
    expect(zoomDomain(full, full, 0.1, utc('2025-06-01'))).toEqual(full);
    const deep = zoomDomain(full, full, 1e6, utc('2025-06-01'));
    expect(deep[1] - deep[0]).toBe(MIN_SPAN);
  });

  it('stops a pan at either end', () => {
    const view: [number, number] = [utc('2025-03-01'), utc('2025-04-01')];
    expect(clampDomain(view, full, -365 * DAY)[0]).toBe(full[0]);
    expect(clampDomain(view, full, 365 * DAY)[1]).toBe(full[1]);
    expect(clampDomain(view, full, 5 * DAY)[0]).toBe(view[0] + 5 * DAY);
  });
});

describe('axisTicks', () => {
  const ticks = (from: string, to: string, width: number) =>
    axisTicks(timeScale([utc(from), utc(to)], 0, width), 12).map((t) =>
      t.year ? `${t.label}/${t.year}` : t.label,
    );

  it('picks months for a quarter on a desktop, with the year under the first and under January', () => {
    expect(ticks('2025-01-18', '2025-05-05', 976)).toEqual(['Feb/2025', 'Mar', 'Apr', 'May']);
    expect(ticks('2024-10-15', '2025-03-15', 976)).toEqual(['Nov/2024', 'Dec', 'Jan/2025', 'Feb', 'Mar']);
  });

  it('thins the ticks on a phone so labels neither collide nor crowd', () => {
    const years = (width: number) =>
      axisTicks(timeScale([utc('2019-01-01'), utc('2026-01-01')], 0, width), 12).map((t) => t.label);
    expect(years(976)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    expect(years(366)).toEqual(['2020', '2022', '2024', '2026']);
    const narrow = axisTicks(timeScale([utc('2019-01-01'), utc('2026-01-01')], 0, 250), 12);
    expect(narrow.map((t) => t.label)).toEqual(['2020', '2022', '2024', '2026']);
    for (let i = 1; i < narrow.length; i++) expect(narrow[i]!.x - narrow[i - 1]!.x).toBeGreaterThan(40);
  });

  it('goes down to days when zoomed in, and rather to weeks than to one or two months on a phone', () => {
    expect(ticks('2025-04-13', '2025-04-17', 976)).toEqual([
      'Apr 13/2025',
      'Apr 14',
      'Apr 15',
      'Apr 16',
      'Apr 17',
    ]);
    expect(ticks('2025-03-20', '2025-05-01', 358)).toEqual([
      'Mar 24/2025',
      'Mar 31',
      'Apr 7',
      'Apr 14',
      'Apr 21',
      'Apr 28',
    ]);
    expect(ticks('2025-01-18', '2025-05-05', 358)).toEqual(['Feb/2025', 'Mar', 'Apr', 'May']);
  });
});

describe('packRows', () => {
  const lane = { left: 0, right: 1000, maxRows: 3, fontSize: 13, maxLabelChars: 40, gap: 8 };
  const scale = timeScale([utc('2025-01-01'), utc('2025-07-01')], 0, 1000);

  it('keeps neighbouring months in one row and writes each label inside its bar', () => {
    const nodes = clusterItems(
      [item('feb', '2025-02-01', 'month'), item('mar', '2025-03-01', 'month')],
      scale,
    );
    const { placed, rows } = packRows(nodes, lane);
    expect(rows).toBe(1);
    expect(placed.map((p) => [p.items[0]?.id, p.row, p.label?.inside])).toEqual([
      ['feb', 0, true],
      ['mar', 0, true],
    ]);
  });

  it('stacks overlapping marks, puts labels left of marks near the right edge, keeps the last rows for marks alone', () => {
    const days = ['2025-06-20', '2025-06-21', '2025-06-22', '2025-06-23'].map((d, i) => item(`d${i}`, d));
    const cramped = { minSeparation: 1, maxSameSpan: 3, maxTogether: 3, dotRadius: 6, bubbleRadius: 11 };
    const nodes = clusterItems(days, scale, cramped);
    const { placed, rows } = packRows(nodes, { ...lane, maxRows: 4 });
    expect(rows).toBe(3);
    // Labels go left of marks this near the right edge, and only in the first two of four rows.
    expect(placed.map((p) => [p.row, p.label?.anchor])).toEqual([
      [0, 'end'],
      [1, 'end'],
      [2, undefined],
      [0, undefined],
    ]);
    // With no row to spare, marks share the one row and only the first keeps its label.
    const one = packRows(nodes, { ...lane, maxRows: 1 });
    expect(one.rows).toBe(1);
    expect(one.placed.map((p) => p.label?.anchor)).toEqual(['end', undefined, undefined, undefined]);
    for (const row of [0, 1, 2]) {
      const marks = placed.filter((p) => p.row === row).sort((a, b) => a.x0 - b.x0);
      for (let k = 1; k < marks.length; k++) expect(marks[k]!.x0).toBeGreaterThanOrEqual(marks[k - 1]!.x1);
    }
  });

  it('never leaves a label beside another event’s mark in the row above or below', () => {
    // A phone's width: a month with its label to its left, and the month before, right under that label.
    const narrow = { ...lane, right: 360, maxLabelChars: 20, maxRows: 6 };
    const phone = timeScale([utc('2025-01-15'), utc('2025-05-15')], 0, 360);
    const long = 'A title long enough to need the room';
    const nodes = clusterItems(
      [
        item('mar', '2025-03-01', 'month', { label: long }),
        item('feb', '2025-02-01', 'month', { label: long }),
        item('apr', '2025-04-20', 'day', { label: long }),
      ],
      phone,
    );
    const { placed } = packRows(nodes, narrow);
    for (const p of placed) {
      if (!p.label || p.label.inside) continue;
      const [a, b] =
        p.label.anchor === 'start'
          ? [p.label.x, p.label.x + p.label.width]
          : [p.label.x - p.label.width, p.label.x];
      for (const other of placed) {
        if (other === p || Math.abs(other.row - p.row) !== 1) continue;
        expect(a < other.x1 && b > other.x0, `${p.items[0]?.id} over ${other.items[0]?.id}`).toBe(false);
      }
    }
    expect(placed.filter((p) => p.label).length).toBeGreaterThan(1);
  });
});

describe('linearTimeScale, the browser’s scale, is d3’s scaleUtc in numbers', () => {
  const views: [number, number][] = [
    [utc('2025-01-18'), utc('2025-05-05')],
    [utc('2019-01-01'), utc('2026-01-01')],
    [utc('2025-04-14') + 3.6e6, utc('2025-04-16') + 3.6e6],
  ];

  it('maps times to the same pixels and back, and gives the same domain and range', () => {
    for (const view of views) {
      for (const [left, right] of [
        [12, 988],
        [12, 366],
      ] as const) {
        const d3 = timeScale(view, left, right);
        const light = linearTimeScale(view, left, right);
        expect(light.domain()).toEqual(d3.domain());
        expect(light.range()).toEqual(d3.range());
        for (let t = view[0] - DAY; t <= view[1] + DAY; t += (view[1] - view[0]) / 17) {
          expect(light(t)).toBeCloseTo(d3(t), 9);
          expect(Math.abs(light.invert(light(t)).getTime() - d3.invert(d3(t)).getTime())).toBeLessThanOrEqual(
            1,
          );
        }
      }
    }
  });

  it('so the browser draws the very scene the build wrote', () => {
    const items = ['2025-02-01', '2025-02-05', '2025-03-01', '2025-04-15'].map((d, i) =>
      item(`e${i}`, d, i === 2 ? 'month' : 'day'),
    );
    for (const view of views) {
      for (const width of [1000, 390]) {
        const built = buildScene(items, { width, view, scale: timeScale });
        const drawn = buildScene(items, { width, view, scale: linearTimeScale });
        expect(drawn.svg).toEqual(built.svg);
      }
    }
  });
});

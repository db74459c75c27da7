import { describe, expect, it } from 'vitest';
import { fullDomain, initialView } from '../../../src/lib/timeline/timeline-scale';
import { item, utc } from './items';

describe('the view the chart opens on', () => {
  // One year named in a tagline-like aside, fifty events of one spring.
  const spring = Array.from({ length: 50 }, (_, i) =>
    item(`e${i}`, new Date(utc('2025-02-01') + i * 864e5 * 1.5).toISOString().slice(0, 10)),
  );
  const items = [item('old', '1914-06-01', 'year'), ...spring];

  it('covers where the events are, not the outlier', () => {
    const [from, to] = initialView(items);
    expect(from).toBeGreaterThan(utc('2024-12-01'));
    expect(to).toBeLessThan(utc('2025-06-01'));
    for (const e of spring) expect(e.start >= from && e.end <= to).toBe(true);
  });

  it('leaves the outlier inside the full domain, a zoom-out away', () => {
    const full = fullDomain(items);
    expect(full[0]).toBeLessThanOrEqual(utc('1914-01-01'));
    const [from, to] = initialView(items, full);
    expect(from).toBeGreaterThanOrEqual(full[0]);
    expect(to).toBeLessThanOrEqual(full[1]);
  });

  it('is the whole domain when events are spread evenly or few', () => {
    const even = Array.from({ length: 20 }, (_, i) => item(`y${i}`, `${2000 + i}-06-01`));
    expect(initialView(even)).toEqual(fullDomain(even));
    const few = [item('a', '1914-06-01'), item('b', '2025-02-01')];
    expect(initialView(few)).toEqual(fullDomain(few));
  });
});

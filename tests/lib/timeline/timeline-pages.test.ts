import { describe, expect, it } from 'vitest';
import { publicTimeline } from '../../../src/lib/timeline/timeline-data';
import type { TimelineEntry } from '../../../src/lib/timeline/timeline-entry';
import { eventPath, ON_PAGE, PER_PAGE, timelinePages } from '../../../src/lib/timeline/timeline-pages';

const entry = (
  id: string,
  start: string | null,
  origin: TimelineEntry['origin'] = 'detected',
): TimelineEntry => ({
  id,
  start,
  end: start,
  precision: start ? 'day' : null,
  status: origin === 'curated' ? 'happened' : null,
  category: null,
  title: id,
  summary: id,
  origin,
  sources: [],
  asOf: '2025-04-15',
});

describe('timelinePages', () => {
  it('keeps a small timeline whole on timeline.html', () => {
    const entries = Array.from({ length: ON_PAGE }, (_, i) => entry(`event-${i}`, '2025-04-01'));
    const layout = timelinePages(entries);
    expect(layout.onPage).toHaveLength(ON_PAGE);
    expect(layout.pages).toEqual([]);
    expect(layout.shards).toBe(0);
    expect(eventPath('event-0', layout)).toBe('timeline.html#event-0');
  });

  it('past that, keeps the editors’ events and moves the detected dates to pages by month, years counted', () => {
    const april = Array.from({ length: PER_PAGE + 3 }, (_, i) => entry(`event-apr-${i}`, '2025-04-02'));
    const entries = [
      entry('event-curated', '2025-03-01', 'curated'),
      ...april,
      entry('event-jan', '2024-01-09'),
      entry('event-undated', null),
    ];
    const layout = timelinePages(entries);
    expect(layout.onPage.map((e) => e.id)).toEqual(['event-curated']);
    expect(layout.pages.map((p) => [p.key, p.part, p.parts, p.entries.length])).toEqual([
      ['2024-01', 1, 1, 1],
      ['2025-04', 1, 2, PER_PAGE],
      ['2025-04-2', 2, 2, 3],
      ['undated', 1, 1, 1],
    ]);
    expect(layout.years.map((y) => [y.year, y.count, y.months.map((m) => m.key)])).toEqual([
      ['2024', 1, ['2024-01']],
      ['2025', PER_PAGE + 3, ['2025-04']],
      ['undated', 1, ['undated']],
    ]);
    expect(eventPath('event-apr-21', layout)).toBe('timeline/2025-04-2.html#event-apr-21');
    expect(eventPath('event-curated', layout)).toBe('timeline.html#event-curated');
    expect(layout.pageOf.size).toBe(entries.length - 1);
    expect(layout.shards).toBe(1);
    // The public data says which page lists each entry.
    expect(Object.fromEntries(publicTimeline(entries).map((e) => [e.id, e.page]))).toMatchObject({
      'event-curated': 'timeline.html',
      'event-apr-0': 'timeline/2025-04.html',
      'event-apr-21': 'timeline/2025-04-2.html',
      'event-jan': 'timeline/2024-01.html',
      'event-undated': 'timeline/undated.html',
    });
  });
});

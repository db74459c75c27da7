import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/timeline/build-timeline';
import { toChartItem } from '../../../src/lib/timeline/chart-items';
import { timeScale } from '../../../src/lib/timeline/d3-time-scale';
import { whenOf } from '../../../src/lib/timeline/entry-view';
import { fullDomain } from '../../../src/lib/timeline/timeline-scale';
import { buildScene, type SceneNode } from '../../../src/lib/timeline/timeline-scene';
import { loadDocuments, loadEvents } from './content';
import { normaliseSvg, sceneMarkup } from './svg-markup';

const items = buildTimeline(loadDocuments(), loadEvents()).map((e) => toChartItem(e, whenOf(e)));
const scene = (current?: string) =>
  buildScene(items, { width: 1000, view: fullDomain(items), scale: timeScale, current });
const all = (node: SceneNode): SceneNode[] => [node, ...(node.children ?? []).flatMap(all)];
const marks = (svg: SceneNode) => all(svg).filter((n) => n.attrs.class?.startsWith('tl-node'));

describe('the chart of the first document', () => {
  it('matches its snapshot', async () => {
    await expect(normaliseSvg(sceneMarkup(scene().svg))).toMatchFileSnapshot(
      '__snapshots__/first-document.svg',
    );
  });

  it('has one mark per event, each a link to its entry, hidden from screen readers (the list is for them)', () => {
    const { svg } = scene();
    expect(svg.attrs['aria-hidden']).toBe('true');
    expect(marks(svg).map((m) => m.attrs.href)).toEqual(expect.arrayContaining(items.map((i) => `#${i.id}`)));
    expect(marks(svg)).toHaveLength(items.length);
    expect(marks(svg).every((m) => m.attrs.tabindex === '-1')).toBe(true);
  });

  it('shows precision: a day is a dot, a week or a month a bar', () => {
    const shapeOf = (id: string) =>
      marks(scene().svg)
        .find((m) => m.attrs.href === `#${id}`)
        ?.children?.find((c) => c.attrs.class === 'tl-shape')?.tag;
    expect(shapeOf('event-cia-mission-center-announced')).toBe('circle');
    expect(shapeOf('event-cia-mission-center-launch')).toBe('rect');
    expect(shapeOf('event-fto-designation-eight-groups')).toBe('rect');
  });

  it('gives the undated, pending drone strikes a lane of their own, below the dated events', () => {
    const { svg } = scene();
    const title = all(svg).find((n) => n.attrs.class === 'tl-lane-title');
    expect(title?.text).toMatch(/^Pending or undated/);
    const y = (id: string) => {
      const shape = marks(svg)
        .find((m) => m.attrs.href === `#${id}`)
        ?.children?.find((c) => c.attrs.class === 'tl-shape');
      return Number(shape?.attrs.cy ?? shape?.attrs.y);
    };
    expect(y('event-drone-strikes-under-consideration')).toBeGreaterThan(Number(title?.attrs.y));
    for (const other of items.filter((i) => !i.pending))
      expect(y(other.id)).toBeLessThan(Number(title?.attrs.y));
  });

  it('rings the current event, and only it', () => {
    const ringed = marks(scene('event-mexico-troops-northern-border').svg).filter((m) =>
      m.children?.some((c) => c.attrs.class === 'tl-ring'),
    );
    expect(ringed.map((m) => m.attrs.href)).toEqual(['#event-mexico-troops-northern-border']);
    expect(ringed[0]?.attrs.class).toContain('tl-current');
  });

  it('labels the axis with months, the first with its year below', () => {
    const ticks = all(scene().svg).filter((n) => n.attrs.class?.startsWith('tl-tick'));
    expect(ticks.map((t) => t.text)).toEqual(['Feb', '2025', 'Mar', 'Apr', 'May']);
    expect(ticks[1]?.attrs.class).toBe('tl-tick tl-tick-year');
    expect(ticks[1]?.attrs.x).toBe(ticks[0]?.attrs.x);
  });
});

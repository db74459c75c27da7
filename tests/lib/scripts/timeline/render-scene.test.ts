import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { linearTimeScale, zoomDomain } from '../../../../src/lib/timeline/timeline-scale';
import { buildScene } from '../../../../src/lib/timeline/timeline-scene';
import { renderScene } from '../../../../src/scripts/timeline/render-scene';
import { item, utc } from '../../timeline/items';

const items = [
  item('event-a', '2025-03-03'),
  item('event-b', '2025-03-20'),
  item('event-c', '2025-04-01', 'month'),
  item('event-d', '2025-05-12'),
];
const full: [number, number] = [utc('2025-02-01'), utc('2025-06-30')];
const scene = (view: [number, number], current?: string) =>
  buildScene(items, { width: 800, view, scale: linearTimeScale, current });

describe('drawing the chart in the browser', () => {
  beforeAll(() => {
    globalThis.document = parseHTML('<html><body><div class="tl-viewport"></div></body></html>').document;
  });

  it('changes the chart in place on a zoom, a pan or a new current event, as a fresh drawing would', () => {
    const container = document.querySelector('.tl-viewport') as Element;
    const svg = renderScene(container, scene(full).svg);
    const fresh = document.createElement('div');
    let view = full;
    for (const [factor, current] of [
      [2, undefined],
      [3, 'event-b'],
      [0.5, 'event-c'],
      [1, undefined],
    ] as const) {
      view = zoomDomain(view, full, factor, utc('2025-03-25'));
      const next = scene(view, current).svg;
      // The same element, so a frame sets attributes and does not build the chart anew.
      expect(renderScene(container, next)).toBe(svg);
      expect(container.querySelectorAll('svg')).toHaveLength(1);
      fresh.replaceChildren();
      expect(svg.outerHTML).toBe(renderScene(fresh, next).outerHTML);
    }
  });
});

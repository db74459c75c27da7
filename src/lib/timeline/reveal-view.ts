import type { ChartItem } from './chart-items';
import { clampDomain, type Domain, MIN_SPAN, zoomDomain } from './timeline-scale';
import { buildScene, type SceneOptions } from './timeline-scene';

/**
 * The view that shows an item on its own: centred on it, and zoomed in, a
 * step at a time, until no cluster hides it (or the deepest zoom is reached).
 * A deep link to an event lands on the event, not on a bubble that holds it.
 * Items of exactly the same span never come apart, so zooming stops at them.
 */
export function revealView(
  items: readonly ChartItem[],
  id: string,
  full: Domain,
  o: Pick<SceneOptions, 'width' | 'view' | 'scale'>,
): Domain {
  const item = items.find((i) => i.id === id);
  if (!item) return o.view;
  const mid = (item.start + item.end) / 2;
  const half = (o.view[1] - o.view[0]) / 2;
  let view = clampDomain([mid - half, mid + half], full);
  for (let i = 0; i < 24; i++) {
    const { nodes } = buildScene(items, { ...o, view });
    const node = nodes.find((n) => n.items.some((it) => it.id === id));
    if (!node || node.items.length === 1 || sameSpan(node.items) || view[1] - view[0] <= MIN_SPAN)
      return view;
    view = zoomDomain(view, full, 2, mid);
  }
  return view;
}

/** Items that all have the same dates: a group no zoom can split. */
export function sameSpan(items: readonly ChartItem[]): boolean {
  const [first] = items;
  return items.length > 1 && items.every((i) => i.start === first?.start && i.end === first?.end);
}

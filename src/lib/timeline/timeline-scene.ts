import type { ChartItem } from './chart-items';
import { isOpenEnded } from './open-ended';
import { type ChartNode, clusterDefaults, clusterItems } from './timeline-clusters';
import { type PlacedNode, packRows } from './timeline-lanes';
import type { Domain, ScaleFactory } from './timeline-scale';
import { axisTicks, textWidth } from './timeline-ticks';

/** An SVG element as plain data: the build writes it as markup, the browser as DOM. */
export interface SceneNode {
  tag: string;
  attrs: Record<string, string>;
  text?: string;
  children?: SceneNode[];
}

export interface SceneOptions {
  /** Width in CSS pixels; the build pins it, the browser uses the element's own. */
  width: number;
  /** The visible time span. */
  view: Domain;
  /** d3's scaleUtc at build time, its lighter twin in the browser. */
  scale: ScaleFactory;
  /** The language of the axis labels ("Sep", "sept"); English by default. */
  locale?: string;
  /** The pending lane's label, in the site's language. */
  pendingLabel?: string;
  /** Rows to keep at least, so the chart does not jump in height while zooming. */
  minRows?: { dated: number; pending: number };
  /** The id of the item that has the keyboard's attention. */
  current?: string;
}

export interface Scene {
  svg: SceneNode;
  rows: { dated: number; pending: number };
  /** What is drawn, in drawing order; `data-node` on each mark is its index here. */
  nodes: PlacedNode[];
}

const LAYOUT = {
  margin: 12,
  fontSize: 13,
  tickFontSize: 12,
  axisHeight: 42,
  rowHeight: 30,
  laneGap: 12,
  laneTitle: 22,
  maxRows: { dated: 8, pending: 3 },
  maxLabelChars: 48,
};

const r1 = (v: number) => String(Math.round(v * 10) / 10);
const el = (tag: string, attrs: Record<string, string | number>, children?: SceneNode[], text?: string) => {
  const node: SceneNode = {
    tag,
    attrs: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)])),
  };
  if (children) node.children = children;
  if (text !== undefined) node.text = text;
  return node;
};

/** The x scale a scene of this width uses: the browser inverts it to zoom around the pointer. */
export function sceneScale(width: number, view: Domain, scale: ScaleFactory) {
  return scale(view, LAYOUT.margin, width - LAYOUT.margin);
}

/**
 * The chart for a width and a visible time span: an axis whose labels fit,
 * the dated lane, and the lane of pending or undated items, every mark a
 * link to its entry in the list. Pure data, so the build and the browser
 * draw exactly the same thing.
 */
export function buildScene(items: readonly ChartItem[], o: SceneOptions): Scene {
  const { margin, fontSize, rowHeight } = LAYOUT;
  const left = margin;
  const right = o.width - margin;
  const scale = sceneScale(o.width, o.view, o.scale);
  const clustered = clusterItems(items, scale, clusterDefaults);
  // About half the width for a label, so a phone still shows the start of each title.
  const maxLabelChars = Math.min(
    LAYOUT.maxLabelChars,
    Math.floor((right - left) / 2 / textWidth('x', fontSize)),
  );
  const lanes = { left, right, fontSize, maxLabelChars, gap: 8 };
  const dated = packRows(
    clustered.filter((n) => !n.pending),
    { ...lanes, maxRows: LAYOUT.maxRows.dated },
  );
  const pending = packRows(
    clustered.filter((n) => n.pending),
    { ...lanes, maxRows: LAYOUT.maxRows.pending },
  );
  const rows = {
    dated: Math.max(dated.rows, o.minRows?.dated ?? 1, 1),
    pending: Math.max(pending.rows, o.minRows?.pending ?? 0),
  };
  const datedTop = LAYOUT.axisHeight;
  const pendingTop = datedTop + rows.dated * rowHeight + LAYOUT.laneGap;
  const height = rows.pending > 0 ? pendingTop + LAYOUT.laneTitle + rows.pending * rowHeight + 6 : pendingTop;

  const visible = (n: ChartNode) => n.x1 >= left - 40 && n.x0 <= right + 40;
  const nodes = [...dated.placed, ...pending.placed].filter(visible);
  const marks = nodes.map((node, index) => {
    const top = node.pending ? pendingTop + LAYOUT.laneTitle : datedTop;
    return mark(node, index, top + node.row * rowHeight + rowHeight / 2, left, right, o.current);
  });

  const ticks = axisTicks(scale, LAYOUT.tickFontSize, undefined, o.locale);
  const grid = ticks.map((t) => `M${r1(t.x)} ${LAYOUT.axisHeight - 6}V${height}`).join('');
  const axis = el('g', { class: 'tl-axis' }, [
    el('path', { class: 'tl-grid', d: grid }),
    ...ticks.flatMap((t) => {
      const half = textWidth(t.label, LAYOUT.tickFontSize) / 2;
      const anchor = t.x - half < 0 ? 'start' : t.x + half > o.width ? 'end' : 'middle';
      const x = r1(
        anchor === 'start' ? Math.max(t.x, 2) : anchor === 'end' ? Math.min(t.x, o.width - 2) : t.x,
      );
      const at = { x, 'text-anchor': anchor };
      const label = el(
        'text',
        { class: t.major ? 'tl-tick tl-tick-major' : 'tl-tick', ...at, y: 16 },
        undefined,
        t.label,
      );
      return t.year
        ? [label, el('text', { class: 'tl-tick tl-tick-year', ...at, y: 31 }, undefined, t.year)]
        : [label];
    }),
  ]);
  const pendingLane =
    rows.pending > 0
      ? [
          el('path', { class: 'tl-lane-rule', d: `M0 ${r1(pendingTop)}H${o.width}` }),
          el(
            'text',
            { class: 'tl-lane-title', x: left, y: r1(pendingTop + 16) },
            undefined,
            o.pendingLabel ?? 'Pending or undated',
          ),
        ]
      : [];
  const svg = el(
    'svg',
    {
      class: 'tl-svg',
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${o.width} ${r1(height)}`,
      width: o.width,
      height: r1(height),
      'aria-hidden': 'true',
      'data-domain': `${o.view[0]} ${o.view[1]}`,
    },
    [axis, ...pendingLane, el('g', { class: 'tl-marks' }, marks)],
  );
  return { svg, rows, nodes };
}

function mark(
  node: PlacedNode,
  index: number,
  cy: number,
  left: number,
  right: number,
  current?: string,
): SceneNode {
  const single = node.items.length === 1 ? node.items[0] : undefined;
  const first = node.items[0] as ChartItem;
  const last = node.items.at(-1) as ChartItem;
  const classes = ['tl-node', single ? 'tl-item' : 'tl-cluster'];
  classes.push(
    `tl-s-${(first.status ?? 'detected').replace(' ', '-')}`,
    `tl-p-${first.precision ?? 'undated'}`,
  );
  const isCurrent = current !== undefined && node.items.some((i) => i.id === current);
  if (isCurrent) classes.push('tl-current');
  const children: SceneNode[] = [
    el(
      'title',
      {},
      undefined,
      single ? `${first.when}: ${first.label}` : `${node.items.length} events, ${first.when} to ${last.when}`,
    ),
  ];
  let box: [number, number, number, number];
  if (node.bar) {
    const x0 = Math.max(node.x0, left - 4);
    const x1 = Math.max(x0, Math.min(node.x1, right + 4));
    box = [x0, cy - 9, x1, cy + 9];
    children.push(
      el('rect', { class: 'tl-shape', x: r1(x0), y: r1(cy - 9), width: r1(x1 - x0), height: 18, rx: 4 }),
    );
  } else {
    const r = (node.x1 - node.x0) / 2;
    const cx = node.x0 + r;
    box = [cx - r, cy - r, cx + r, cy + r];
    children.push(el('circle', { class: 'tl-shape', cx: r1(cx), cy: r1(cy), r: r1(r) }));
    if (!single) {
      children.push(
        el(
          'text',
          { class: 'tl-count', x: r1(cx), y: r1(cy + 4), 'text-anchor': 'middle' },
          undefined,
          String(node.items.length),
        ),
      );
    }
  }
  if (single && isOpenEnded(single)) {
    // "From …": an arrow off the mark's right edge says no end is given.
    classes.push('tl-open');
    const x = box[2];
    children.push(el('path', { class: 'tl-open-arrow', d: `M${r1(x)} ${r1(cy)}h14m-5 -5l5 5l-5 5` }));
  }
  if (node.label) {
    const { x, anchor, text, inside } = node.label;
    children.push(
      el(
        'text',
        {
          class: inside ? 'tl-label tl-label-inside' : 'tl-label',
          x: r1(x),
          y: r1(cy + 4.5),
          'text-anchor': anchor,
        },
        undefined,
        text,
      ),
    );
  }
  if (isCurrent) {
    children.push(
      el('rect', {
        class: 'tl-ring',
        x: r1(box[0] - 4),
        y: r1(box[1] - 4),
        width: r1(box[2] - box[0] + 8),
        height: r1(box[3] - box[1] + 8),
        rx: 6,
      }),
    );
  }
  return el(
    'a',
    { class: classes.join(' '), href: `#${first.id}`, tabindex: -1, 'data-node': index },
    children,
  );
}

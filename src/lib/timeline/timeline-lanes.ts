import { shorten } from './shorten';
import type { ChartNode } from './timeline-clusters';
import { textWidth } from './timeline-ticks';

export interface NodeLabel {
  x: number;
  anchor: 'start' | 'end';
  text: string;
  /** Estimated, from the font size. */
  width: number;
  /** Written inside its bar rather than beside the mark. */
  inside: boolean;
}

export interface PlacedNode extends ChartNode {
  row: number;
  label?: NodeLabel;
}

export interface LaneOptions {
  /** The drawing area, in pixels. */
  left: number;
  right: number;
  maxRows: number;
  fontSize: number;
  maxLabelChars: number;
  /** Space between a mark and its label, and after a label. */
  gap: number;
}

/** Marks may come this close in a row: a bar ending one day and one starting the next share it. */
const SPACING = 2;
/** A label inside a bar keeps at least this many characters; a narrower bar has its label beside it. */
const MIN_INSIDE_CHARS = 12;
const LABEL_FREE_ROWS = 2;

/**
 * Puts each node of one lane in the first row where it fits with its label,
 * else the first where its mark alone fits; a label that would run off the
 * right edge goes to the left of its mark. First fit in order of position is
 * the fewest rows for intervals. Labels keep out of the last two rows; past
 * `maxRows`, a node shares the row that frees up first, without its label.
 */
export function packRows(
  nodes: readonly ChartNode[],
  o: LaneOptions,
): { placed: PlacedNode[]; rows: number } {
  const candidates = nodes
    .map((node) => ({ node, label: labelFor(node, o) }))
    .sort((a, b) => footprint(a.node, a.label)[0] - footprint(b.node, b.label)[0]);
  const ends: number[] = [];
  const placed: PlacedNode[] = [];
  // Labels stay out of the last rows, so that in a crowded stretch every mark still has a place.
  const labelRows = Math.max(1, o.maxRows - LABEL_FREE_ROWS);
  for (const { node, label } of candidates) {
    const withLabel = footprint(node, label);
    const bare = footprint(node, undefined);
    const fits = (span: [number, number], rows: number) => {
      const free = ends.findIndex((end, i) => i < rows && end + SPACING <= span[0]);
      return free === -1 && ends.length < rows ? ends.length : free;
    };
    let row = label ? fits(withLabel, labelRows) : -1;
    let kept = label;
    let span = withLabel;
    if (row === -1) {
      row = fits(bare, o.maxRows);
      kept = undefined;
      span = bare;
    }
    if (row === -1) row = ends.indexOf(Math.min(...ends));
    ends[row] = Math.max(ends[row] ?? Number.NEGATIVE_INFINITY, span[1]);
    placed.push(kept ? { ...node, row, label: kept } : { ...node, row });
  }
  return { placed, rows: ends.length };
}

function labelFor(node: ChartNode, o: LaneOptions): NodeLabel | undefined {
  const single = node.items.length === 1 ? node.items[0] : undefined;
  if (!single && !node.bar) return undefined; // a bubble shows its count inside
  const full = single ? single.label : `${node.items.length} events`;
  const visible0 = Math.max(node.x0, o.left);
  const room = Math.min(node.x1, o.right) - visible0 - 2 * o.gap;
  const perChar = textWidth('x', o.fontSize);
  if (node.bar && room >= MIN_INSIDE_CHARS * perChar) {
    const text = shorten(full, Math.min(o.maxLabelChars, Math.floor(room / perChar)));
    return { x: visible0 + o.gap, anchor: 'start', text, width: textWidth(text, o.fontSize), inside: true };
  }
  const text = shorten(full, o.maxLabelChars);
  const width = textWidth(text, o.fontSize);
  if (node.x1 + o.gap + width <= o.right)
    return { x: node.x1 + o.gap, anchor: 'start', text, width, inside: false };
  return { x: node.x0 - o.gap, anchor: 'end', text, width, inside: false };
}

function footprint(node: ChartNode, label: NodeLabel | undefined): [number, number] {
  if (!label || label.inside) return [node.x0, node.x1];
  return label.anchor === 'start'
    ? [node.x0, label.x + label.width + SPACING * 3]
    : [label.x - label.width - SPACING * 3, node.x1];
}

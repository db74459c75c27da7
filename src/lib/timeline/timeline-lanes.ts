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
 * right edge goes to the left of its mark. A label never stands beside another
 * event's mark in the row above or below, where a reader would take it for
 * that mark's label. First fit in order of position is the fewest rows for
 * intervals. Labels keep out of the last two rows; past `maxRows`, a node
 * shares the row that frees up first, without its label.
 */
export function packRows(
  nodes: readonly ChartNode[],
  o: LaneOptions,
): { placed: PlacedNode[]; rows: number } {
  const candidates = nodes
    .map((node) => ({ node, label: labelFor(node, o) }))
    .sort((a, b) => footprint(a.node, a.label)[0] - footprint(b.node, b.label)[0]);
  const ends: number[] = [];
  // What each row holds, to keep labels and the marks of neighbouring rows apart.
  const marks: Span[][] = [];
  const labels: { span: Span; index: number }[][] = [];
  const placed: PlacedNode[] = [];
  // Labels stay out of the last rows, so that in a crowded stretch every mark still has a place.
  const labelRows = Math.max(1, o.maxRows - LABEL_FREE_ROWS);
  const endOf = (row: number) => ends[row] ?? Number.NEGATIVE_INFINITY;
  const near = <T>(rows: T[][], row: number) => [...(rows[row - 1] ?? []), ...(rows[row + 1] ?? [])];
  for (const { node, label } of candidates) {
    const mark: Span = [node.x0, node.x1];
    const text = label && !label.inside ? labelSpan(label) : undefined;
    const clear = (row: number, withLabel: boolean) =>
      !near(labels, row).some((l) => overlaps(l.span, mark)) &&
      !(withLabel && text && near(marks, row).some((m) => overlaps(m, text)));
    // A row may stay empty, so that a label keeps its distance from the marks around it.
    const fits = (span: Span, rows: number, withLabel: boolean) => {
      for (let row = 0; row < rows; row++)
        if (endOf(row) + SPACING <= span[0] && clear(row, withLabel)) return row;
      return -1;
    };
    let kept = label;
    let span = footprint(node, label);
    let row = label ? fits(span, labelRows, true) : -1;
    if (row === -1) {
      kept = undefined;
      span = footprint(node, undefined);
      row = fits(span, o.maxRows, false);
    }
    if (row === -1) {
      // Crowded: the row that frees up first, and the labels next to it that the mark would sit under go.
      row = [...ends.keys()].reduce((best, r) => (endOf(r) < endOf(best) ? r : best), 0);
      for (const r of [row - 1, row + 1]) {
        labels[r] = (labels[r] ?? []).filter((l) => {
          if (!overlaps(l.span, mark)) return true;
          const { label: _hidden, ...bare } = placed[l.index] as PlacedNode;
          placed[l.index] = bare;
          return false;
        });
      }
    }
    ends[row] = Math.max(endOf(row), span[1]);
    marks[row] = [...(marks[row] ?? []), mark];
    if (kept && text) labels[row] = [...(labels[row] ?? []), { span: text, index: placed.length }];
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

type Span = [number, number];

const overlaps = (a: Span, b: Span) => a[0] < b[1] + SPACING && a[1] + SPACING > b[0];

function labelSpan(label: NodeLabel): Span {
  return label.anchor === 'start' ? [label.x, label.x + label.width] : [label.x - label.width, label.x];
}

function footprint(node: ChartNode, label: NodeLabel | undefined): [number, number] {
  if (!label || label.inside) return [node.x0, node.x1];
  return label.anchor === 'start'
    ? [node.x0, label.x + label.width + SPACING * 3]
    : [label.x - label.width - SPACING * 3, node.x1];
}

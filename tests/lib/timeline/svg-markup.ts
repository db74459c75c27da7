import type { SceneNode } from '../../../src/lib/timeline/timeline-scene';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A scene as indented markup, one element a line, for snapshots a person can read in a diff. */
export function sceneMarkup(node: SceneNode, depth = 0): string {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  if (!node.children?.length && node.text === undefined) return `${pad}<${node.tag}${attrs}/>`;
  if (!node.children?.length) return `${pad}<${node.tag}${attrs}>${escapeXml(node.text ?? '')}</${node.tag}>`;
  const inner = node.children.map((c) => sceneMarkup(c, depth + 1)).join('\n');
  return `${pad}<${node.tag}${attrs}>\n${inner}\n${pad}</${node.tag}>`;
}

/**
 * Markup made comparable across machines, as d3 and Plot do for their
 * snapshots: decimals rounded to one place, generated numbering redone in order.
 */
export function normaliseSvg(markup: string): string {
  let node = 0;
  return markup
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/data-node="\d+"/g, () => `data-node="${node++}"`);
}

import type { SceneNode } from '../../lib/timeline/timeline-scene';

const SVG = 'http://www.w3.org/2000/svg';

function create(node: SceneNode): Element {
  const el = document.createElementNS(SVG, node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (name !== 'xmlns') el.setAttribute(name, value);
  }
  if (node.text !== undefined) el.textContent = node.text;
  for (const child of node.children ?? []) el.append(create(child));
  return el;
}

/** Draws a scene in place of the chart's current SVG: the same elements the build writes. */
export function renderScene(container: Element, svg: SceneNode): SVGSVGElement {
  const next = create(svg) as SVGSVGElement;
  const current = container.querySelector('svg.tl-svg');
  if (current) current.replaceWith(next);
  else container.append(next);
  return next;
}

import type { SceneNode } from '../../lib/timeline/timeline-scene';

const SVG = 'http://www.w3.org/2000/svg';
const names = (node: SceneNode) => Object.keys(node.attrs).filter((name) => name !== 'xmlns');

function create(node: SceneNode): Element {
  const el = document.createElementNS(SVG, node.tag);
  for (const name of names(node)) el.setAttribute(name, node.attrs[name] as string);
  if (node.text !== undefined) el.textContent = node.text;
  for (const child of node.children ?? []) el.append(create(child));
  return el;
}

/** An element of the same tag with the same attributes (values aside): it can be updated. */
const sameShape = (el: Element, node: SceneNode) =>
  el.localName === node.tag && el.getAttributeNames().sort().join(' ') === names(node).sort().join(' ');

/**
 * Brings `el` to what `node` draws, touching only what changed: a zoom or pan moves the same
 * marks, ticks and labels, so each frame sets a few attributes instead of building the chart
 * anew, and the browser restyles and repaints only those.
 */
function update(el: Element, node: SceneNode): void {
  for (const name of names(node)) {
    const value = node.attrs[name] as string;
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
  if (node.text !== undefined) {
    if (el.textContent !== node.text) el.textContent = node.text;
    return;
  }
  const children = node.children ?? [];
  children.forEach((child, i) => {
    const current = el.children[i];
    if (current && sameShape(current, child)) update(current, child);
    else if (current) current.replaceWith(create(child));
    else el.append(create(child));
  });
  while (el.children.length > children.length) el.lastElementChild?.remove();
}

/** Draws a scene in the chart: the same elements the build writes, changed in place where it can. */
export function renderScene(container: Element, svg: SceneNode): SVGSVGElement {
  const current = container.querySelector('svg.tl-svg');
  if (current && sameShape(current, svg)) {
    update(current, svg);
    return current as SVGSVGElement;
  }
  const next = create(svg) as SVGSVGElement;
  if (current) current.replaceWith(next);
  else container.append(next);
  return next;
}

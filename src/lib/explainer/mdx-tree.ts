import { mdxToMdast } from 'satteri';

/** The parts of an MDX syntax tree (mdast with MDX nodes) the checks read. */
export interface MdxNode {
  type: string;
  value?: string;
  /** The target of a link, image or link definition. */
  url?: string;
  name?: string | null;
  depth?: number;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

export interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** Parses a chapter's MDX with the same parser Astro compiles it with. */
export function parseMdx(source: string): MdxNode {
  return mdxToMdast(source) as unknown as MdxNode;
}

export const isJsx = (node: MdxNode) =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A JSX attribute given as a plain string (`to="a#p-b"`); `true` for a bare `flag`; undefined if absent. */
export function attribute(node: MdxNode, name: string): string | true | { expression: true } | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return undefined;
  if (attr.value === null || attr.value === undefined) return true;
  return typeof attr.value === 'string' ? attr.value : { expression: true };
}

/** The text a reader sees for a node: text and inline code, not citations. */
export function visibleText(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return '\n';
  if (isJsx(node) && node.name === 'Cite') return '';
  return (node.children ?? []).map(visibleText).join('');
}

/** Every node below `node`, depth first, in document order. */
export function* descendants(node: MdxNode): Generator<MdxNode> {
  for (const child of node.children ?? []) {
    yield child;
    yield* descendants(child);
  }
}

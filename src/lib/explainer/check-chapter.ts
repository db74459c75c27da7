import { slug } from 'github-slugger';
import { checkProse } from '../citations/check-prose';
import { type PassageLookup, quotationProblems } from '../citations/check-quotations';
import type { ContentProblem } from '../content/content-problem';
import { chapterComponents as components } from './chapter-components';
import { linkProblems } from './check-links';
import { quoteProblems } from './check-quote';
import { attribute, descendants, isJsx, type MdxNode, visibleText } from './mdx-tree';
import { isReservedId } from './page-ids';

// Read as a plain map: a node's name is any string until it is looked up.
const chapterComponents: Record<string, readonly string[]> = components;

export const MAX_BACKGROUND_WORDS = 80;

export interface ChapterCheckContext {
  file: string;
  /** Lines of frontmatter before the MDX body, added to the tree's line numbers. */
  lineOffset: number;
  lookup: PassageLookup;
  /** The passage kind of a ref that resolves. */
  kindOf: (ref: string) => string | undefined;
  entityIds: ReadonlySet<string>;
}

const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;
const CITE_FIX = 'add <Cite to="document-slug#passage-id" /> after the claim it supports';

/** Every problem in a chapter's body, in document order. */
export function checkChapterBody(tree: MdxNode, ctx: ChapterCheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const allRefs = citedRefs(tree);
  const add = (node: MdxNode, message: string, fix: string) =>
    problems.push({ file: ctx.file, line: (node.position?.start.line ?? 1) + ctx.lineOffset, message, fix });
  const where = (node: MdxNode) => ({
    file: ctx.file,
    line: (node.position?.start.line ?? 1) + ctx.lineOffset,
  });

  const visit = (node: MdxNode, inBackground: boolean, inTable: boolean): void => {
    if (node.type === 'mdxjsEsm') {
      add(
        node,
        'import and export are not used in chapters',
        `remove the line; ${names()} are available as they are.`,
      );
    } else if (
      (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
      !COMMENT.test(node.value ?? '')
    ) {
      add(
        node,
        'a {…} expression in a chapter cannot be checked',
        'write plain text; comments {/* like this */} are fine.',
      );
    } else if (node.type === 'blockquote') {
      add(
        node,
        'a retyped > blockquote cannot be checked against its source',
        'use <Quote from="document-slug#passage-id" />, which takes the words from the passage.',
      );
    } else if (isJsx(node)) {
      checkComponent(node, ctx, add, inBackground);
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      for (const p of linkProblems(node)) add(node, p.message, p.fix);
    } else if (node.type === 'heading') {
      const id = slug(visibleText(node));
      if (isReservedId(id)) {
        add(
          node,
          `the heading “${visibleText(node)}” would get the id "${id}", which the page uses for its own ${id.startsWith('source-') ? 'citations' : 'section'}`,
          'reword the heading.',
        );
      }
      problems.push(...quotationProblems(visibleText(node), allRefs, ctx.lookup, where(node)));
    } else if (node.type === 'paragraph' || (node.type === 'tableRow' && inTable)) {
      const refs = citedRefs(node);
      if (refs.length === 0 && !inBackground) {
        const label = node.type === 'paragraph' ? 'paragraph' : 'table row';
        add(
          node,
          `this ${label} has no citation: “${clip(visibleText(node).trim())}”`,
          `${CITE_FIX}, or mark general knowledge with <Background>…</Background>.`,
        );
      }
      problems.push(...checkProse({ text: visibleText(node), citations: refs, ...where(node) }, ctx.lookup));
    }
    const background = inBackground || (isJsx(node) && node.name === 'Background');
    node.children?.forEach((child, i) => {
      // A table's first row is its header; every other row is prose.
      visit(child, background, node.type === 'table' ? i > 0 : inTable && node.type !== 'tableRow');
    });
  };
  visit(tree, false, false);
  return problems;
}

function checkComponent(
  node: MdxNode,
  ctx: ChapterCheckContext,
  add: (node: MdxNode, message: string, fix: string) => void,
  inBackground: boolean,
): void {
  const name = node.name ?? '';
  const allowed = chapterComponents[name];
  if (!allowed) {
    add(node, `unknown component <${name || '>'}>`, `use one of ${names()}; write text as Markdown.`);
    return;
  }
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name || !allowed.includes(attr.name)) {
      const accepted = allowed.length ? allowed.join(', ') : 'no attributes';
      add(
        node,
        `<${name}> does not take ${attr.name ? `"${attr.name}"` : 'a {…} spread'}`,
        `<${name}> takes ${accepted}.`,
      );
    }
  }
  const text = (key: string): string | undefined => {
    const value = attribute(node, key);
    if (typeof value === 'string') return value;
    if (value !== undefined)
      add(node, `<${name} ${key}> must be a plain "string"`, `write ${key}="…" with quotation marks.`);
    return undefined;
  };
  const ref = (key: string): string | undefined => {
    const value = text(key);
    if (value === undefined) {
      if (attribute(node, key) === undefined)
        add(node, `<${name}> needs ${key}="document-slug#passage-id"`, CITE_FIX);
      return undefined;
    }
    const found = ctx.lookup(value);
    if (!found.ok)
      add(
        node,
        found.message,
        'use a passage id shown on the source page (each ¶ link) or in data/documents.json.',
      );
    return found.ok ? value : undefined;
  };
  const entity = (key: string, required: boolean) => {
    const id = text(key);
    if (id === undefined && required && attribute(node, key) === undefined) {
      add(node, `<${name}> needs ${key}="entity-id"`, 'name an entity from content/entities/.');
    } else if (id !== undefined && !ctx.entityIds.has(id)) {
      add(
        node,
        `unknown entity "${id}" in <${name} ${key}>`,
        `add content/entities/${id}.yaml, or use one of: ${[...ctx.entityIds].sort().join(', ')}.`,
      );
    }
  };

  if (name === 'Cite') ref('to');
  if (name === 'Entity') entity('id', true);
  if (name === 'Quote') {
    if (node.type === 'mdxJsxTextElement')
      add(node, '<Quote> must stand on its own line', 'put a blank line before and after it.');
    const from = ref('from');
    const words = text('words');
    entity('by', false);
    entity('to', false);
    if (from !== undefined) {
      for (const p of quoteProblems(from, words, attribute(node, 'by') !== undefined, ctx))
        add(node, p.message, p.fix);
    }
  }
  if (name === 'Background') {
    const words = visibleText(node).split(/\s+/).filter(Boolean).length;
    if (words > MAX_BACKGROUND_WORDS)
      add(
        node,
        `background has ${words} words; at most ${MAX_BACKGROUND_WORDS}`,
        'keep background short and uncontroversial, or leave it out.',
      );
    if (inBackground) add(node, '<Background> inside <Background>', 'use one.');
  }
}

/** Every passage ref a node cites (by <Cite to> or <Quote from>), in order of first appearance. */
export function citedRefs(node: MdxNode): string[] {
  const refs: string[] = [];
  for (const n of [node, ...descendants(node)]) {
    if (!isJsx(n)) continue;
    const value = attribute(n, n.name === 'Cite' ? 'to' : n.name === 'Quote' ? 'from' : '');
    if (typeof value === 'string' && !refs.includes(value)) refs.push(value);
  }
  return refs;
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

const names = () =>
  Object.keys(chapterComponents)
    .map((n) => `<${n}>`)
    .join(', ');

import { textFragmentDirective, withTextFragment } from '../../lib/links/text-fragment';
import { ui } from '../text/ui-text';
import { copyText } from './clipboard';
import { anchorUrl, iconButton } from './permalink';

const BLOCKS = 'p, blockquote, li, dd, dt, figcaption, td, th, h1, h2, h3, h4, h5, h6';
const supportsTextFragments = 'fragmentDirective' in document;

let button: HTMLButtonElement | undefined;
let current: { url: string } | undefined;

/** The linkable thing a node is in: an element with an id and its own self-link. */
function linkableOf(node: Node): HTMLElement | undefined {
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (el.id && el.querySelector(`a[data-self-link][href="#${CSS.escape(el.id)}"]`))
      return el as HTMLElement;
  }
  return undefined;
}

const offsetIn = (block: Element, node: Node, offset: number) => {
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEnd(node, offset);
  return range.toString().length;
};

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
function occurrences(needle: string): number {
  const hay = normalise(document.body.textContent ?? '');
  let count = 0;
  for (let i = hay.indexOf(needle); i !== -1 && count < 2; i = hay.indexOf(needle, i + 1)) count++;
  return count;
}

function hide(): void {
  if (button) button.hidden = true;
  current = undefined;
}

/** After a selection inside one block of a passage (or heading, or event), offers its text-fragment link. */
function update(): void {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
    hide();
    return;
  }
  const range = selection.getRangeAt(0);
  const node = range.commonAncestorContainer;
  const target = linkableOf(node);
  const inBlock = (node instanceof Element ? node : node.parentElement)?.closest(BLOCKS);
  if (!target || !inBlock || !target.contains(inBlock)) {
    hide();
    return;
  }
  const text = inBlock.textContent ?? '';
  const start = offsetIn(inBlock, range.startContainer, range.startOffset);
  const end = offsetIn(inBlock, range.endContainer, range.endOffset);
  const ambiguous = occurrences(normalise(text.slice(start, end))) > 1;
  const directive = textFragmentDirective(text, start, end, ambiguous);
  if (!directive) {
    hide();
    return;
  }
  current = {
    url: supportsTextFragments ? withTextFragment(anchorUrl(target.id), directive) : anchorUrl(target.id),
  };
  if (!button) {
    const label = ui()(supportsTextFragments ? 'copy.highlight' : 'copy.passage');
    button = iconButton('copy-highlight', label, label);
    button.addEventListener('mousedown', (e) => e.preventDefault()); // keep the selection
    button.addEventListener('click', () => {
      if (current && button) copyText(button, current.url, 'Link');
    });
  }
  inBlock.insertAdjacentElement('afterend', button);
  button.hidden = false;
  const box = range.getBoundingClientRect();
  const parent = (button.offsetParent ?? document.body).getBoundingClientRect();
  button.style.top = `${box.bottom - parent.top + 6}px`;
  button.style.left = `${Math.max(0, Math.min(box.left - parent.left, parent.width - 220))}px`;
}

/** "Copy link to highlight": selecting text in a linkable passage offers a link to exactly that text. */
export function enableHighlightLinks(): void {
  let timer = 0;
  document.addEventListener('selectionchange', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 120);
  });
}

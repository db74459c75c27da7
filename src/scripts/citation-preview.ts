// Hovering or focusing a citation shows the cited passage beside it, taken from the page itself
// (its list of sources), so nothing is fetched and it works from disk. On touch, where there is no
// hover, the first tap opens the same preview with a link to the passage; that link (or a second
// tap on the citation) goes there; a tap elsewhere or Escape closes it. Without JS the citation is a link.
import { ui } from './text/ui-text';

const SHOW_DELAY = 150;
const HIDE_DELAY = 250;
const SELECTOR = 'a[data-citation-preview]';

let tip: HTMLElement | undefined;
let current: HTMLAnchorElement | undefined;
let timer: number | undefined;
let lastPointer = '';
/** Opened by a tap: it stays until a tap elsewhere or Escape, and carries its link. */
let tapped = false;

function tooltip(): HTMLElement {
  if (tip) return tip;
  const el = document.createElement('div');
  el.id = 'citation-preview';
  el.className = 'citation-preview';
  el.hidden = true;
  // The preview stays open while the pointer is over it, so its text can be read and selected.
  el.addEventListener('pointerenter', () => window.clearTimeout(timer));
  el.addEventListener('pointerleave', (e) => {
    if (!tapped && e.pointerType !== 'touch') later(hide, HIDE_DELAY);
  });
  document.body.append(el);
  tip = el;
  return el;
}

function later(fn: () => void, ms: number): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(fn, ms);
}

function show(link: HTMLAnchorElement, byTap = false): void {
  const source = document.getElementById(link.dataset.citationPreview ?? '');
  if (!source) return;
  // A hide still pending (the pointer just left another citation) must not close this one.
  window.clearTimeout(timer);
  const el = tooltip();
  const meta = document.createElement('p');
  meta.className = 'citation-preview-meta';
  meta.textContent = source.dataset.citationSource ?? '';
  const text = document.createElement('p');
  text.className = 'citation-preview-text';
  text.textContent = source.querySelector('.citation-text')?.textContent ?? '';
  el.replaceChildren(meta, text);
  // An editors' note travels with the passage it qualifies (the page's own text, as built).
  const note = source.querySelector('.citation-note')?.cloneNode(true);
  if (note instanceof HTMLElement) {
    note.className = 'citation-preview-note editors-note';
    el.append(note);
  }
  tapped = byTap;
  // Opened by a tap it is something to act on, not a description: a labelled group with a way on and a way out.
  if (byTap) {
    el.setAttribute('role', 'group');
    el.setAttribute('aria-label', meta.textContent);
    const actions = document.createElement('p');
    actions.className = 'citation-preview-actions';
    const go = document.createElement('a');
    go.className = 'citation-preview-open';
    go.href = link.href;
    go.textContent = ui()('citations.openPassage');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'citation-preview-close';
    close.textContent = ui()('citations.close');
    close.addEventListener('click', () => {
      const from = current;
      hide();
      from?.focus();
    });
    actions.append(go, close);
    el.append(actions);
  } else {
    el.setAttribute('role', 'tooltip');
    el.removeAttribute('aria-label');
  }
  if (current && current !== link) current.removeAttribute('aria-describedby');
  current = link;
  link.setAttribute('aria-describedby', el.id);
  if (byTap) link.setAttribute('aria-expanded', 'true');
  el.hidden = false;
  place(link, el);
}

function hide(): void {
  window.clearTimeout(timer);
  if (tip) tip.hidden = true;
  current?.removeAttribute('aria-describedby');
  current?.removeAttribute('aria-expanded');
  current = undefined;
  tapped = false;
}

/** Below the citation, or above it when there is no room below; always inside the viewport. */
function place(link: HTMLElement, el: HTMLElement): void {
  const margin = 8;
  const box = link.getBoundingClientRect();
  const width = Math.min(448, document.documentElement.clientWidth - 2 * margin);
  el.style.width = `${width}px`;
  const left = Math.min(
    Math.max(margin, box.left - 24),
    document.documentElement.clientWidth - width - margin,
  );
  const height = el.offsetHeight;
  const below = box.bottom + 6;
  const top = below + height > window.innerHeight && box.top - 6 - height > 0 ? box.top - 6 - height : below;
  el.style.left = `${left + window.scrollX}px`;
  el.style.top = `${top + window.scrollY}px`;
}

const linkOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLAnchorElement>(SELECTOR) : null;
const inTip = (target: EventTarget | null) => target instanceof Node && !!tip?.contains(target);

document.addEventListener('pointerdown', (e) => {
  lastPointer = e.pointerType;
  // A tap outside the preview and its citation closes it.
  if (tapped && !inTip(e.target) && linkOf(e.target) !== current) hide();
});
// A tap: the click's own pointer type where the browser gives one, else the last press's (a tap held
// back until this script arrived is replayed as a touch press and a click), else the device's.
const isTap = (e: MouseEvent) =>
  ((e as PointerEvent).pointerType || lastPointer || (matchMedia('(hover: none)').matches ? 'touch' : '')) ===
  'touch';

document.addEventListener('click', (e) => {
  const link = linkOf(e.target);
  if (!link || !isTap(e)) return;
  // The second tap on the same citation follows it, as the preview's own link does.
  if (tapped && link === current) return;
  e.preventDefault();
  show(link, true);
});
document.addEventListener('pointerover', (e) => {
  const link = linkOf(e.target);
  if (!link || e.pointerType === 'touch' || tapped) return;
  if (link === current) window.clearTimeout(timer);
  else later(() => show(link), SHOW_DELAY);
});
document.addEventListener('pointerout', (e) => {
  if (tapped || e.pointerType === 'touch') return;
  if (linkOf(e.target) && !linkOf(e.relatedTarget) && !inTip(e.relatedTarget)) later(hide, HIDE_DELAY);
});
document.addEventListener('focusin', (e) => {
  const link = linkOf(e.target);
  if (link && lastPointer !== 'touch' && !tapped) show(link);
});
document.addEventListener('focusout', (e) => {
  if (linkOf(e.target) && !tapped && !inTip(e.relatedTarget)) hide();
});
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape' || !current) return;
  const from = tapped ? current : undefined;
  hide();
  from?.focus();
});

/** A link to one entry of the sources list (`#cite-3`) opens that entry's folded text. */
function openTargetPassage(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const entry = id ? document.getElementById(id) : null;
  const folded = entry?.querySelector<HTMLDetailsElement>(':scope > details.citation-passage');
  if (folded) folded.open = true;
}
openTargetPassage();
window.addEventListener('hashchange', openTargetPassage);

// Hovering or focusing a citation shows the cited passage beside it, taken from
// the page itself (its list of sources), so nothing is fetched and it works from
// disk. Touch and no-JS readers follow the link to the passage instead.

const SHOW_DELAY = 150;
const HIDE_DELAY = 250;
const SELECTOR = 'a[data-citation-preview]';

let tip: HTMLElement | undefined;
let current: HTMLAnchorElement | undefined;
let timer: number | undefined;
let lastPointer = '';

function tooltip(): HTMLElement {
  if (tip) return tip;
  const el = document.createElement('div');
  el.id = 'citation-preview';
  el.className = 'citation-preview';
  el.setAttribute('role', 'tooltip');
  el.hidden = true;
  // The preview stays open while the pointer is over it, so its text can be read and selected.
  el.addEventListener('pointerenter', () => window.clearTimeout(timer));
  el.addEventListener('pointerleave', () => later(hide, HIDE_DELAY));
  document.body.append(el);
  tip = el;
  return el;
}

function later(fn: () => void, ms: number): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(fn, ms);
}

function show(link: HTMLAnchorElement): void {
  const source = document.getElementById(link.dataset.citationPreview ?? '');
  if (!source) return;
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
  if (current && current !== link) current.removeAttribute('aria-describedby');
  current = link;
  link.setAttribute('aria-describedby', el.id);
  el.hidden = false;
  place(link, el);
}

function hide(): void {
  window.clearTimeout(timer);
  if (tip) tip.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = undefined;
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

document.addEventListener('pointerdown', (e) => {
  lastPointer = e.pointerType;
});
document.addEventListener('pointerover', (e) => {
  const link = linkOf(e.target);
  if (!link || e.pointerType === 'touch') return;
  if (link === current) window.clearTimeout(timer);
  else later(() => show(link), SHOW_DELAY);
});
document.addEventListener('pointerout', (e) => {
  if (linkOf(e.target) && !linkOf(e.relatedTarget)) later(hide, HIDE_DELAY);
});
document.addEventListener('focusin', (e) => {
  const link = linkOf(e.target);
  if (link && lastPointer !== 'touch') show(link);
});
document.addEventListener('focusout', (e) => {
  if (linkOf(e.target)) hide();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && current) hide();
});

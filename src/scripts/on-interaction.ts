// Loads one enhancement (`data-script`) when the reader first does something on the page: what
// a page costs before then is the page itself. A link to an anchor loads it at once, since the
// enhancements act on anchors. Inside `data-replay`, what the reader did before the script
// arrived is done again once it has: a press on a button, and the pointer over or focus on an
// element that still has it, so the first hover of a citation shows its preview, and a tap on a
// link, so the first tap on a citation opens its preview instead of leaving the page.
// The interface text (scripts/ui-text.js) comes first, once per page, in order before the script.
import { uiTextFile } from './text/ui-text';

const tag = document.currentScript as HTMLScriptElement;
const TRIGGERS = [
  'pointerover',
  'pointerdown',
  'touchstart',
  'focusin',
  'keydown',
  'wheel',
  'scroll',
  'beforeprint',
];
const scope = tag.dataset.replay;
let state: 'waiting' | 'loading' | 'loaded' = 'waiting';
let pressed: HTMLElement | null = null;
let hovered: Element | null = null;
let touched = false;

const inScope = (target: EventTarget | null): target is Element =>
  !!scope && target instanceof Element && target.closest(scope) !== null;

function replay(): void {
  // A tap is neither a hover nor a keyboard focus: after one, only a press is done again.
  const focused = document.activeElement;
  if (!touched && inScope(hovered) && hovered.matches(':hover')) {
    hovered.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
  }
  if (!touched && inScope(focused)) {
    focused.dispatchEvent(new FocusEvent('focus'));
    focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  }
  // A tap held back is tapped again: its pointer type first, so a link can tell a tap from a click.
  if (touched)
    pressed?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
  pressed?.click();
  pressed = hovered = null;
}

function load(): void {
  if (state !== 'waiting') return;
  state = 'loading';
  for (const type of TRIGGERS) removeEventListener(type, load, true);
  if (!document.querySelector('script[data-ui-text-file]')) {
    const text = document.createElement('script');
    text.src = uiTextFile(tag.src);
    text.async = false;
    text.dataset.uiTextFile = '';
    document.head.append(text);
  }
  const script = document.createElement('script');
  script.src = tag.dataset.script as string;
  script.async = false;
  script.onload = () => {
    state = 'loaded';
    tag.dataset.loaded = '';
    replay();
  };
  // Without its script a held-back tap still does what the page does alone: it follows the link.
  script.onerror = () => {
    state = 'loaded';
    pressed?.click();
  };
  document.head.append(script);
}

if (scope) {
  const early = { capture: true, passive: true };
  const track = (e: PointerEvent) => {
    if (state === 'loaded') return;
    touched = e.pointerType === 'touch';
    if (e.type === 'pointerover') hovered = e.target as Element;
  };
  addEventListener('pointerover', track, early);
  addEventListener('pointerdown', track, early);
  addEventListener(
    'click',
    (event) => {
      // A button pressed, or a link in scope tapped (on touch its first tap is the script's to handle).
      const held = touched ? 'button[type="button"], a[href]' : 'button[type="button"]';
      const button = inScope(event.target) ? event.target.closest(held) : null;
      if (state === 'loaded' || !(button instanceof HTMLElement)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      pressed = button;
      load();
    },
    true,
  );
}

if (location.hash) load();
else {
  for (const type of TRIGGERS) addEventListener(type, load, { capture: true, passive: true });
  addEventListener('hashchange', load, { once: true });
}

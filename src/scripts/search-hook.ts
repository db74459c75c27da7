import { HIGHLIGHT_PARAM, highlightSearchedWords } from './search/highlight';
import { loadScript } from './search/load-script';
import { uiTextFile } from './text/ui-text';

/*
 * On every page, and all the search code a page loads before the reader asks:
 * focusing the header field, `/` or Ctrl/Cmd+K loads scripts/search.js (which
 * loads Pagefind and the index); the search page loads it as waitOnSearchPage
 * says; a page opened from a result highlights the searched words.
 */
const root = new URL('../', (document.currentScript as HTMLScriptElement).src);
const field = document.querySelector<HTMLInputElement>('[data-search-input]');
let loaded = false;

function load(): void {
  if (loaded) return;
  loaded = true;
  // Its interface text first: search.js speaks as soon as it runs.
  loadScript(uiTextFile(new URL('scripts/search.js', root).href))
    .catch(() => undefined)
    .then(() => loadScript(new URL('scripts/search.js', root).href))
    .catch(() => undefined);
}

/**
 * The search page: a link to a search loads the runtime at once, for its results; a bare page
 * shows what the build wrote (the kinds and years to browse by) and loads the runtime on the
 * reader's first touch, key or focus, so opening it costs nothing more. A chip pressed before the
 * runtime runs shows as pressed, and the runtime starts from it.
 */
function waitOnSearchPage(): void {
  const form = document.querySelector('form[data-search="page"]');
  const output = document.querySelector<HTMLElement>('[data-search-output]');
  if (!form || !output) return;
  if (location.search) {
    load();
    return;
  }
  for (const area of [form, output]) {
    for (const type of ['pointerdown', 'keydown', 'focusin'])
      area.addEventListener(type, load, { once: true });
  }
  output.addEventListener('click', (event) => {
    const chip = (event.target as Element).closest('.search-chip');
    if (!chip || 'searchReady' in output.dataset) return;
    chip.setAttribute('aria-pressed', String(chip.getAttribute('aria-pressed') !== 'true'));
  });
}

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

field?.addEventListener('focus', load);
document.addEventListener('keydown', (event) => {
  const shortcut = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  const slash =
    event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
  if (!field || !(shortcut || slash)) return;
  event.preventDefault();
  field.focus();
  field.select();
});
waitOnSearchPage();
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  highlightSearchedWords(new URL('pagefind/', root).href).catch(() => undefined);
}

import { HIGHLIGHT_PARAM, highlightSearchedWords } from './search/highlight';
import { loadScript } from './search/load-script';
import { uiTextFile } from './text/ui-text';

/*
 * On every page, and all the search code a page loads before the reader asks:
 * focusing the header field, `/` or Ctrl/Cmd+K loads scripts/search.js (which
 * loads Pagefind and the index); a search page loads it at once; a page
 * opened from a result highlights the searched words.
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
if (document.querySelector('form[data-search="page"]')) load();
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  highlightSearchedWords(new URL('pagefind/', root).href).catch(() => undefined);
}

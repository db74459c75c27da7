import { HIGHLIGHT_PARAM, highlightSearchedWords } from './search/highlight';
import { loadSearchRuntime } from './search/load-runtime';

/*
 * On every page, and all the search code a page loads before the reader asks:
 * focusing the header field, `/` or Ctrl/Cmd+K loads scripts/search.js (which
 * loads Pagefind and the index); the search page has its own hook as well
 * (search-page-hook.ts); a page opened from a result highlights the searched words.
 */
const root = new URL('../', (document.currentScript as HTMLScriptElement).src);
const field = document.querySelector<HTMLInputElement>('[data-search-input]');
const load = () => loadSearchRuntime(root);

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
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  highlightSearchedWords(new URL('pagefind/', root).href).catch(() => undefined);
}

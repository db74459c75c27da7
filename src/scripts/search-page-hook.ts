import { loadSearchRuntime } from './search/load-runtime';

const root = new URL('../', (document.currentScript as HTMLScriptElement).src);
const load = () => loadSearchRuntime(root);

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

waitOnSearchPage();

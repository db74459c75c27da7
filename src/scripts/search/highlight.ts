import { offlineScriptPath } from '../../lib/search/bundle-files';
import { loadScript } from './load-script';

/** The query parameter result links carry to the page they open, naming the words to highlight there. */
export const HIGHLIGHT_PARAM = 'highlight';

type HighlightClass = new (options: object) => unknown;

/**
 * Marks the searched words in the page's main content with Pagefind's
 * highlight script: its module over http, the classic copy from disk. Scrolls
 * to the first one unless the link named a passage, which the browser showed.
 */
export async function highlightSearchedWords(bundle: string): Promise<void> {
  if (location.protocol === 'file:')
    await loadScript(new URL(offlineScriptPath('pagefind-highlight'), bundle).href);
  else await import(`${bundle}pagefind-highlight.js`);
  const Highlight = (window as unknown as { PagefindHighlight?: HighlightClass }).PagefindHighlight;
  if (!Highlight) return;
  new Highlight({
    highlightParam: HIGHLIGHT_PARAM,
    // The site styles marks itself: Pagefind's own style element would break the CSP.
    addStyles: false,
    markOptions: {
      className: 'search-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
    },
  });
  if (!location.hash) document.querySelector('.search-highlight')?.scrollIntoView({ block: 'center' });
}

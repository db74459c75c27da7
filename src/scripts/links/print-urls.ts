import { pageUrl } from './permalink';

/**
 * Gives each citation link (to a source passage, outside the inline [n]
 * markers) and each link off the site its absolute public URL, which the print
 * stylesheet writes out after the link: on paper a link is only its address.
 */
export function markPrintUrls(): void {
  const base = pageUrl();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#') || a.closest('sup, nav, [data-cite]') || a.hasAttribute('data-self-link'))
      continue;
    const isPassage = /(^|\/)documents\/[^/]+\.html#/.test(href);
    const isExternal = /^https?:/.test(href);
    if (!isPassage && !isExternal) continue;
    const url = new URL(href, base).href;
    if (a.textContent?.trim() !== url) a.dataset.printUrl = url;
  }
}

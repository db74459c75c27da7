/**
 * The address to share for this page. Over http it is where the reader is; from disk it is the
 * published page (the canonical link) when the site's address is known, else the file itself.
 */
export function pageUrl(): string {
  if (location.protocol === 'http:' || location.protocol === 'https:')
    return location.origin + location.pathname;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return canonical || location.href.split(/[?#]/)[0] || location.href;
}

export const anchorUrl = (id: string) => `${pageUrl()}#${encodeURIComponent(id).replace(/%2F/g, '/')}`;

const LINK_ICON =
  '<svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16"><path fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 013.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 01-3.7-3.7L5.3 7.8"/></svg>';

/** A button with the link icon and a label that shows beside it (or only to screen readers). */
export function iconButton(className: string, label: string, visibleText: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.innerHTML = LINK_ICON;
  const text = document.createElement('span');
  text.className = 'copy-link-text';
  text.textContent = visibleText;
  button.append(text);
  button.setAttribute('aria-label', label);
  return button;
}

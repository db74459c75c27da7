/**
 * The absolute URL of a page on the public site, from the configured site URL
 * (astro.config `site`, set with SITE_URL) and the page's path. The site may
 * live under a sub-path; the home page is the site URL itself.
 */
export function canonicalUrl(site: URL | string, pathname: string): string {
  const root = new URL(String(site));
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  const path = pathname.replace(/^\/+/, '');
  return new URL(path === 'index.html' ? '' : path, root).href;
}

/** Where a page's own share image lives: `explainer/overview.html` → `og/explainer/overview.png`. */
export function shareImagePath(pathname: string): string {
  const path = pathname.replace(/^\/+/, '').replace(/\.html$/, '');
  return `og/${path === '' ? 'index' : path}.png`;
}

/** Pages without their own image share the home page's. */
export const SITE_SHARE_IMAGE = shareImagePath('index.html');
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

import { escapeXml } from './xml';

export interface SitemapEntry {
  url: string;
  /** YYYY-MM-DD, when the page says when it last changed. */
  lastmod?: string;
}

/** sitemap.xml (sitemaps.org 0.9): absolute URLs, sorted so every build writes the same bytes. */
export function sitemapXml(entries: SitemapEntry[]): string {
  const rows = [...entries]
    .sort((a, b) => a.url.localeCompare(b.url))
    .map(
      (e) =>
        `  <url><loc>${escapeXml(e.url)}</loc>${e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : ''}</url>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; the sitemap is named with its absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

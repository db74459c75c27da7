import type { APIRoute } from 'astro';
import { site } from '../lib/config/site';
import { robotsTxt } from '../lib/feeds/sitemap';
import { canonicalUrl } from '../lib/meta/canonical';

// Not a file in public/: it names the sitemap by its absolute URL, which depends on the site's address.
// Without an address there is no sitemap to name.
export const GET: APIRoute = () =>
  new Response(site.url ? robotsTxt(canonicalUrl(site.url, 'sitemap.xml')) : 'User-agent: *\nAllow: /\n');

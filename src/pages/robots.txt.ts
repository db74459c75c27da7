import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/feeds/sitemap';
import { canonicalUrl } from '../lib/meta/canonical';

// Not a file in public/: it names the sitemap by its absolute URL, which depends on the site's address.
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(canonicalUrl(site ?? 'https://example.org/', 'sitemap.xml')));

import type { APIRoute } from 'astro';
import { clientKeys } from '../../i18n/client-keys';
import { clientStrings } from '../../i18n/ui-text';
import { site } from '../../lib/config/site';
import { jsonLdText } from '../../lib/meta/structured-data';

/**
 * The interface text of client scripts, in the site's language: a classic script, so it loads
 * from disk and under the CSP's 'self' like the others, and one file every page shares and the
 * browser caches, rather than the same kilobyte in every page. Loaded with the enhancements that
 * wait for the reader's first move (on-interaction.ts) and before search (search-hook.ts).
 */
export const GET: APIRoute = () =>
  new Response(`self.explainerUiText=${jsonLdText(clientStrings(site.language, clientKeys))};\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });

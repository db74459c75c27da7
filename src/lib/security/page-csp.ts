import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g;

/** The CSP source expression of an inline element's text, as Astro writes it. */
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * A page's policy with only the hashes of its own inline styles and scripts. Astro writes the
 * hash of every style of the whole build into every page (some seventeen, about 1 kB gzip of
 * random bytes each page carries); a hash with no element on the page allows nothing it needs.
 * Everything else in the policy stays as it is. A page without a policy is returned unchanged.
 */
export function trimPolicyHashes(html: string): string {
  const meta = META.exec(html);
  if (!meta?.[1]) return html;
  const present = new Set<string>();
  for (const [, , attributes = '', text = ''] of html.matchAll(INLINE)) {
    if (!/\ssrc=/.test(attributes)) present.add(sha256(text));
  }
  const policy = meta[1].replace(/ '(sha(?:256|384|512)-[^']+)'/g, (whole, hash: string) =>
    present.has(hash) ? whole : '',
  );
  return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}

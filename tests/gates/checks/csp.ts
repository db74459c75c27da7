import { parseHTML } from 'linkedom';

const ALLOWED_SCRIPT_SOURCES = /^('self'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/;

/**
 * What is wrong with a page's Content Security Policy: missing, or allowing
 * inline code or eval. Pagefind's WebAssembly needs 'wasm-unsafe-eval' and no more.
 */
export function checkCspMeta(html: string): string[] {
  const { document } = parseHTML(html);
  const metas = [...document.querySelectorAll('meta[http-equiv]')].filter(
    (m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  if (metas.length === 0) return ['no Content-Security-Policy meta element'];
  const problems: string[] = [];
  const directives = new Map(
    (metas[0]?.getAttribute('content') ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0]?.toLowerCase() ?? '', parts.slice(1)] as const),
  );
  for (const [name, sources] of directives) {
    if (name === 'script-src') continue; // checked source by source below
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*']) {
      if (sources.includes(bad)) problems.push(`${name} allows ${bad}`);
    }
  }
  const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
  if (!scriptSrc) problems.push('no script-src (nor default-src) directive');
  for (const source of scriptSrc ?? []) {
    if (!ALLOWED_SCRIPT_SOURCES.test(source)) problems.push(`script-src allows ${source}`);
  }
  if (!directives.has('default-src')) problems.push('no default-src fallback');
  return problems;
}

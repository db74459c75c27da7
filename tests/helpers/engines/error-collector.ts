import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPages } from '../../gates/checks/site-pages';

export const COLLECTOR = '__engine-collector.js';

/**
 * A classic script, run before the page's policy is read, that records what
 * WebDriver classic cannot see: uncaught errors, unhandled rejections,
 * console.error, CSP violations, and the requests the page made (resource
 * timing, plus any element whose load failed, as a blocked tracker's does).
 */
export const COLLECTOR_SOURCE = `(() => {
  const problems = (window.__engineProblems = []);
  const requests = (window.__engineRequests = []);
  addEventListener('error', (e) => {
    const t = e.target;
    if (t && t !== window && (t.src || t.href)) requests.push(String(t.src || t.href));
    else problems.push('uncaught: ' + e.message);
  }, true);
  addEventListener('unhandledrejection', (e) => problems.push('unhandled rejection: ' + e.reason));
  document.addEventListener('securitypolicyviolation', (e) =>
    problems.push('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));
  const error = console.error;
  console.error = (...args) => {
    problems.push('console error: ' + args.map(String).join(' '));
    error.apply(console, args);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) requests.push(entry.name);
  }).observe({ type: 'resource', buffered: true });
})();
`;

/**
 * A test copy of a built site with the collector in every page: a script tag
 * right before the CSP meta tag (or first in <head> where a page has none), so
 * the policy still holds for everything after it. The site itself is untouched.
 */
export async function instrumentedCopy(root: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'explainer-webkit-site-'));
  await cp(root, copy, { recursive: true });
  await writeFile(join(copy, COLLECTOR), COLLECTOR_SOURCE);
  for (const page of await listPages(copy)) {
    const file = join(copy, page);
    const html = await readFile(file, 'utf8');
    const tag = `<script src="${'../'.repeat(page.split('/').length - 1)}${COLLECTOR}"></script>`;
    const csp = html.search(/<meta http-equiv="content-security-policy"/i);
    const at = csp >= 0 ? csp : html.search(/<head[^>]*>/i) + (/<head[^>]*>/i.exec(html)?.[0].length ?? 0);
    await writeFile(file, html.slice(0, at) + tag + html.slice(at));
  }
  return copy;
}

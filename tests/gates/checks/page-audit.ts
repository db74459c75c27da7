import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { interact } from '../../helpers/browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface PageAudit {
  /** Console errors, uncaught exceptions and CSP violations. */
  errors: string[];
  /** Requests that left the site: anything but the page's own origin (or file: and data: from disk). */
  foreignRequests: string[];
  /** Every request the page made. */
  requests: string[];
}

function isForeign(pageUrl: string, requestUrl: string): boolean {
  const page = new URL(pageUrl);
  const req = new URL(requestUrl);
  if (req.protocol === 'data:' || req.protocol === 'blob:') return false;
  if (page.protocol === 'file:') return req.protocol !== 'file:';
  return req.origin !== page.origin;
}

/**
 * Opens a page with the site's CSP in force and records what went wrong:
 * errors, CSP violations, and every request that went anywhere but the site.
 */
export async function openAndAudit(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; audit: PageAudit }> {
  const page = await context.newPage();
  const audit: PageAudit = { errors: [], foreignRequests: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') audit.errors.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => audit.errors.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    audit.requests.push(r.url());
    if (isForeign(url, r.url())) audit.foreignRequests.push(r.url());
  });
  await page.exposeFunction('__gateCsp', (v: string) => audit.errors.push(`CSP violation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __gateCsp: (v: string) => void }).__gateCsp(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  // Deferred scripts, then those that wait for a first interaction, get their chance to fail.
  await page.waitForTimeout(150);
  await interact(page);
  return { page, audit };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core in the page, evaluated through DevTools so the page's CSP need not allow it. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate('typeof window.axe');
  if (loaded === 'undefined') await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    `window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations'] }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) })))`,
  )) as AxeViolation[];
  return violations;
}

export interface KeyboardProblem {
  step: number;
  problem: string;
}

/**
 * Tabs through the page from the top: the skip link must come first, every
 * focused element must show a visible focus indicator, and focus must keep
 * moving until it leaves the page (nothing traps it).
 */
export async function auditKeyboard(page: Page, maxSteps = 300): Promise<KeyboardProblem[]> {
  const problems: KeyboardProblem[] = [];
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.focus('body').catch(() => undefined);
  const seen: string[] = [];
  for (let step = 1; step <= maxSteps; step++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none';
      const path: string[] = [];
      for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
        path.unshift(`${n.tagName}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
      }
      return {
        key: path.join('>'),
        isSkip: el.classList.contains('skip-link'),
        visible: outline || shadow,
        label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      };
    });
    if (info === null) {
      if (step === 1) problems.push({ step, problem: 'Tab from the top focused nothing' });
      return problems; // focus left the document: nothing trapped it
    }
    if (step === 1 && !info.isSkip)
      problems.push({ step, problem: `first Tab reached ${info.label}, not the skip link` });
    if (!info.visible) problems.push({ step, problem: `no visible focus indicator on ${info.label}` });
    if (seen.includes(info.key)) {
      if (info.key === seen[0]) return problems; // wrapped around to the start: the cycle is complete
      problems.push({ step, problem: `focus trapped: ${info.label} came round again` });
      return problems;
    }
    seen.push(info.key);
  }
  return problems;
}

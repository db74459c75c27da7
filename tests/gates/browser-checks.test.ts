import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser';
import { projectRoot } from '../helpers/build-site';
import { requireDist } from '../helpers/dist';
import { type StaticServer, serveStatic } from '../helpers/static-server';
import { auditKeyboard, openAndAudit, runAxe } from './checks/page-audit';
import { listPages } from './checks/site-pages';

const badSite = join(projectRoot, 'tests/fixtures/bad-site');
let browser: TestBrowser;
let site: StaticServer;
let bad: StaticServer;
let pages: string[];

beforeAll(async () => {
  const dist = requireDist();
  pages = await listPages(dist);
  [browser, site, bad] = await Promise.all([launchBrowser(), serveStatic(dist), serveStatic(badSite)]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), site?.close(), bad?.close()]);
});

const fileUrl = (page: string) => pathToFileURL(join(requireDist(), page)).href;

describe('every page over http and from disk: no errors, no CSP violations, no request off the site', () => {
  it('over http', async () => {
    for (const path of pages) {
      const { page, audit } = await openAndAudit(browser.browser, `${site.url}/${path}`);
      await page.close();
      expect({ path, errors: audit.errors, foreign: audit.foreignRequests }).toEqual({
        path,
        errors: [],
        foreign: [],
      });
    }
  });

  it('from disk (file://)', async () => {
    for (const path of pages) {
      const { page, audit } = await openAndAudit(browser.browser, fileUrl(path));
      await page.close();
      expect({ path, errors: audit.errors, foreign: audit.foreignRequests }).toEqual({
        path,
        errors: [],
        foreign: [],
      });
    }
  });

  it('catches a CSP violation, a script error and a tracking pixel', async () => {
    const inline = await openAndAudit(browser.browser, `${bad.url}/inline-script.html`);
    expect(inline.audit.errors.join('\n')).toMatch(/CSP violation: script-src/);
    const thrown = await openAndAudit(browser.browser, `${bad.url}/console-error.html`);
    expect(thrown.audit.errors.join('\n')).toMatch(/uncaught: undefinedFunction is not defined/);
    const tracker = await openAndAudit(browser.browser, `${bad.url}/tracker.html`);
    expect(tracker.audit.foreignRequests).toEqual(['http://tracker.invalid/pixel.gif']);
    await Promise.all([inline.page.close(), thrown.page.close(), tracker.page.close()]);
  });
});

describe('accessibility: axe-core finds no violations, in light and in dark', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme} colour scheme`, async () => {
      for (const path of pages) {
        const { page } = await openAndAudit(browser.browser, `${site.url}/${path}`);
        await page.emulateMedia({ colorScheme: scheme });
        const violations = await runAxe(page);
        await page.close();
        expect({ path, scheme, violations }).toEqual({ path, scheme, violations: [] });
      }
    });
  }

  it('catches low contrast (also when only dark fails) and an image link without a name', async () => {
    const { page } = await openAndAudit(browser.browser, `${bad.url}/inaccessible.html`);
    const light = (await runAxe(page)).map((v) => v.id);
    expect(light).toContain('color-contrast');
    expect(light).toContain('image-alt');
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await runAxe(page);
    expect(dark.find((v) => v.id === 'color-contrast')?.targets).toContain('.dark-only');
    await page.close();
  });
});

describe('keyboard: the skip link comes first, focus is always visible, nothing traps it', () => {
  it('on every page', async () => {
    for (const path of pages) {
      const { page } = await openAndAudit(browser.browser, `${site.url}/${path}`);
      const problems = await auditKeyboard(page);
      await page.close();
      expect({ path, problems }).toEqual({ path, problems: [] });
    }
  });

  it('catches a missing skip link, an invisible focus and a focus trap', async () => {
    const { page } = await openAndAudit(browser.browser, `${bad.url}/keyboard-trap.html`);
    const problems = (await auditKeyboard(page)).map((p) => p.problem).join('\n');
    await page.close();
    expect(problems).toMatch(/first Tab reached a "Home", not the skip link/);
    expect(problems).toMatch(/no visible focus indicator on a "A link whose focus cannot be seen"/);
    expect(problems).toMatch(/focus trapped: input/);
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOrFail, buildSite, projectRoot } from '../helpers/build-site';
import { siteInBrowser } from '../helpers/site-in-browser';
import { checkCspMeta } from './checks/csp';
import { checkHtml } from './checks/html';
import { checkLinks, internalTargets } from './checks/links';
import { manifest, manifestDifferences } from './checks/manifest';
import { auditKeyboard, openAndAudit, runAxe } from './checks/page-audit';
import { listPages } from './checks/site-pages';

// Every gate `dist/` passes, over the Spanish second site: another language, other content, same src/.
// The bad fixtures that prove each gate can fail live beside the gates of `dist/`.
const content = join(projectRoot, 'tests/fixtures/second-site/content');
const env = { SITE_URL: 'https://noticias.example/tarifa-del-agua/' };
let pages: string[] = [];

const site = siteInBrowser(async () => {
  const { outDir } = await buildOrFail(content, { env });
  pages = await listPages(outDir);
  return outDir;
});

describe('the second site passes every gate', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('links: every internal target is a file, from disk and over http', async () => {
    expect(await checkLinks(site.dist)).toEqual([]);
    for (const target of await internalTargets(site.dist)) {
      const res = await fetch(site.http(target));
      expect({ target, status: res.status }).toEqual({ target, status: 200 });
    }
  });

  it('HTML: html-validate finds no errors', async () => {
    expect(await checkHtml(site.dist)).toEqual([]);
  });

  it('CSP: hashes and self only on every page', async () => {
    for (const page of pages) {
      const problems = checkCspMeta(await readFile(join(site.dist, page), 'utf8'));
      expect({ page, problems }).toEqual({ page, problems: [] });
    }
  });

  for (const [how, url] of [
    ['over http', site.http],
    ['from disk', site.file],
  ] as const) {
    it(`errors and privacy ${how}: no error, no CSP violation, no request off the site`, async () => {
      for (const path of pages) {
        const { page, audit } = await openAndAudit(site.context, url(path));
        await page.close();
        expect({ path, errors: audit.errors, foreign: audit.foreignRequests }).toEqual({
          path,
          errors: [],
          foreign: [],
        });
      }
    });
  }

  it('accessibility (light and dark) and keyboard, on every page', async () => {
    for (const path of pages) {
      const { page } = await openAndAudit(site.context, site.http(path));
      const light = await runAxe(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await runAxe(page);
      await page.emulateMedia({ colorScheme: 'light' });
      const keyboard = await auditKeyboard(page);
      await page.close();
      expect({ path, light, dark, keyboard }).toEqual({ path, light: [], dark: [], keyboard: [] });
    }
  });

  it('determinism: a second clean build is byte-identical', async () => {
    const again = await buildSite(content, { env });
    expect(again.ok, again.output).toBe(true);
    const first = await manifest(site.dist);
    expect(Object.keys(first).length).toBeGreaterThan(3);
    expect(manifestDifferences(first, await manifest(again.outDir))).toEqual([]);
  });
});

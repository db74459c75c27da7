import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/build-site';
import { requireDist } from '../../helpers/dist';
import { type EnginePage, forEachEngine, interact } from '../../helpers/engines/engine';
import { engineSite } from '../../helpers/engines/engine-site';
import { listPages } from '../checks/site-pages';

const badSite = join(projectRoot, 'tests/fixtures/bad-site');

/** One page of each kind: every top-level page and the first of each folder (all pages run in Chromium's gate). */
async function pageOfEachKind(dist: string): Promise<string[]> {
  const pages = await listPages(dist);
  const folders = new Set<string>();
  return pages.filter((p) => {
    const folder = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
    if (folder === '') return true;
    if (folders.has(folder)) return false;
    folders.add(folder);
    return true;
  });
}

/** What went wrong on a page, after its deferred and first-interaction scripts have had their chance. */
async function audit(page: EnginePage) {
  await new Promise((r) => setTimeout(r, 150));
  await interact(page);
  return { errors: await page.problems(), foreign: await page.foreignRequests() };
}

forEachEngine((name) => {
  const site = engineSite(name, { dist: requireDist, bad: () => badSite });
  let pages: string[];
  beforeAll(async () => {
    pages = await pageOfEachKind(requireDist());
  });

  for (const scheme of ['http', 'file'] as const) {
    it(`no error, CSP violation or request off the site, over ${scheme}`, async () => {
      for (const path of pages) {
        const page = await site.engine.open(site.dist[scheme](path));
        const found = await audit(page);
        await page.close();
        expect({ path, ...found }).toEqual({ path, errors: [], foreign: [] });
      }
    });

    it(`catches a script error, a CSP violation and a tracking pixel, over ${scheme}`, async () => {
      const thrown = await site.engine.open(site.bad[scheme]('console-error.html'));
      // From disk WebKit hides a classic script's error behind "Script error.": still an error.
      expect((await thrown.problems()).join('\n')).toMatch(/uncaught: .*(undefinedFunction|Script error\.)/);
      const inline = await site.engine.open(site.bad[scheme]('inline-script.html'));
      expect((await inline.problems()).join('\n')).toMatch(
        /CSP violation: script-src(-elem)? blocked inline/,
      );
      const tracker = await site.engine.open(site.bad[scheme]('tracker.html'));
      expect(await tracker.foreignRequests()).toEqual(['http://tracker.invalid/pixel.gif']);
      await Promise.all([thrown.close(), inline.close(), tracker.close()]);
    });
  }
});

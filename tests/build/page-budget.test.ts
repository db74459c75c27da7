import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus';
import { PAGE_BUDGET, type PageCost, pageCosts } from '../bench/page-budget';
import { checkCspMeta } from '../gates/checks/csp';
import { checkHtml } from '../gates/checks/html';
import { openAndAudit, runAxe } from '../gates/checks/page-audit';
import { launchBrowser, type TestBrowser } from '../helpers/browser';
import { buildOrFail, projectRoot } from '../helpers/build-site';
import { type StaticServer, serveStatic } from '../helpers/static-server';

let costs: PageCost[] = [];
let outDir = '';
let browser: TestBrowser | undefined;
let server: StaticServer | undefined;

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/** The site-relative targets of every link inside the site on the built pages `pages`, fragments kept. */
async function linksFrom(pages: string[]): Promise<Set<string>> {
  const links = new Set<string>();
  for (const page of pages) {
    const html = await readFile(join(outDir, page), 'utf8');
    for (const [, href = ''] of html.matchAll(/<a\b[^>]*?\shref="([^"#][^"]*)"/g)) {
      if (!/^[a-z]+:/i.test(href))
        links.add(posix.normalize(posix.join(dirname(page), href.replace(/&amp;/g, '&'))));
    }
  }
  return links;
}

// The real content plus 1,000 generated documents: one build, read from its files (a size, not a time).
beforeAll(async () => {
  const content = await mkdtemp(join(tmpdir(), 'explainer-page-budget-'));
  await cp(join(projectRoot, 'content'), content, { recursive: true });
  await generateCorpus(join(content, 'documents'), 1000);
  outDir = (await buildOrFail(content)).outDir;
  costs = await pageCosts(outDir);
}, 900_000);

describe('a generated site of 1,000 documents', () => {
  it('has no page over the budget: gzip HTML plus the scripts and styles it loads before interaction', () => {
    const over = costs.filter((c) => c.totalGzip > PAGE_BUDGET);
    expect(over.map((c) => `${c.page}: ${c.totalGzip} bytes`)).toEqual([]);
  });

  it('still reaches every document from documents.html, and every passage naming an entity from its pages', async () => {
    const pages = costs.map((c) => c.page);
    const months = pages.filter((p) => p.startsWith('documents/month/'));
    expect(months.length).toBeGreaterThan(12);
    const listed = await linksFrom(['documents.html', ...months]);
    const documents = pages.filter((p) => /^documents\/[^/]+\.html$/.test(p));
    expect(documents.length).toBeGreaterThan(1000);
    expect(documents.filter((d) => !listed.has(d))).toEqual([]);

    const { entities } = JSON.parse(await readFile(join(outDir, 'data/entities.json'), 'utf8')) as {
      entities: { id: string; url: string; mentions: { url: string }[] }[];
    };
    const busiest = entities.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
    const continued = pages.filter((p) => p.startsWith(`entities/${busiest.id}/page-`));
    expect(continued.length).toBeGreaterThan(0);
    const shown = await linksFrom([busiest.url, ...continued]);
    expect(busiest.mentions.filter((m) => !shown.has(m.url)).map((m) => m.url)).toEqual([]);
  });

  it('has index pages, which only a large corpus has, that pass the link, HTML, CSP, error and axe gates', async () => {
    const pages = costs.map((c) => c.page);
    const kinds = [
      /^documents\/month\//,
      /^entities\/[^/]+\/page-\d+\.html$/,
      /^timeline\/\d{4}\.html$/,
      /^timeline\/\d{4}-\d{2}\.html$/,
    ];
    const sample = [
      'documents.html',
      'timeline.html',
      ...kinds.map((kind) => pages.find((p) => kind.test(p)) ?? ''),
    ];
    // Every link on them opens a file of the site (the links gate reads every page, too slow for this size).
    const files = new Set(await readdir(outDir, { recursive: true }));
    const targets = [...(await linksFrom(sample))].map((href) => href.split('#')[0] ?? '');
    expect(targets.filter((href) => !files.has(href))).toEqual([]);
    expect(await checkHtml(outDir, sample)).toEqual([]);
    for (const page of sample)
      expect(checkCspMeta(await readFile(join(outDir, page), 'utf8')), page).toEqual([]);
    browser = await launchBrowser();
    server = await serveStatic(outDir);
    for (const page of sample) {
      // Errors from disk and over http; axe over http, as the accessibility gate runs it.
      const fromDisk = await openAndAudit(browser.browser, pathToFileURL(join(outDir, page)).href);
      expect(fromDisk.audit.errors, page).toEqual([]);
      await fromDisk.page.close();
      const served = await openAndAudit(browser.browser, `${server.url}/${page}`);
      expect(served.audit.errors, page).toEqual([]);
      expect(await runAxe(served.page), page).toEqual([]);
      await served.page.close();
    }
  }, 300_000);
});

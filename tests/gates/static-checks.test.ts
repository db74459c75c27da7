import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site';
import { requireDist } from '../helpers/dist';
import { serveStatic } from '../helpers/static-server';
import { checkCspMeta } from './checks/csp';
import { checkHtml } from './checks/html';
import { checkLinks, internalTargets } from './checks/links';
import { listPages } from './checks/site-pages';

const badSite = join(projectRoot, 'tests/fixtures/bad-site');

describe('links: every internal link, anchor, image and asset resolves to a file', () => {
  it('in the built site', async () => {
    expect(await checkLinks(requireDist())).toEqual([]);
  });

  it('over http too: every target is served as a file, never a folder or a 404', async () => {
    const dist = requireDist();
    const server = await serveStatic(dist);
    try {
      const targets = await internalTargets(dist);
      expect(targets.length).toBeGreaterThan(3);
      for (const target of targets) {
        const res = await fetch(`${server.url}/${target}`);
        expect({ target, status: res.status }).toEqual({ target, status: 200 });
      }
      const missing = await fetch(`${server.url}/no-such-page.html`);
      expect(missing.status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('catches a missing page, a folder, a missing anchor, a root-absolute link and a missing image', async () => {
    const problems = (await checkLinks(badSite)).filter((p) => p.page === 'broken-links.html');
    expect(problems.map((p) => p.url).sort()).toEqual(
      ['/good.html', 'folder/', 'good.html#no-such-anchor', 'missing.html', 'missing.png'].sort(),
    );
    expect(problems.find((p) => p.url === 'folder/')?.problem).toMatch(/directory listing/);
  });
});

describe('HTML: html-validate finds no errors', () => {
  it('in the built site', async () => {
    expect(await checkHtml(requireDist())).toEqual([]);
  });

  it('catches duplicate ids, unclosed tags and a missing alt', async () => {
    const rules = new Set((await checkHtml(badSite, ['invalid.html'])).map((p) => p.rule));
    expect(rules).toContain('no-dup-id');
    expect(rules).toContain('wcag/h37');
    expect(rules.has('close-order') || rules.has('element-permitted-content')).toBe(true);
  });
});

describe('Content Security Policy: hashes and self only, no unsafe-inline or unsafe-eval', () => {
  it('on every built page', async () => {
    const dist = requireDist();
    const pages = await listPages(dist);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect({ page, problems: checkCspMeta(await readFile(join(dist, page), 'utf8')) }).toEqual({
        page,
        problems: [],
      });
    }
  });

  it('catches an unsafe policy and a missing one', async () => {
    expect(checkCspMeta(await readFile(join(badSite, 'unsafe-csp.html'), 'utf8'))).toEqual([
      "script-src allows 'unsafe-inline'",
      "script-src allows 'unsafe-eval'",
    ]);
    expect(checkCspMeta(await readFile(join(badSite, 'invalid.html'), 'utf8'))).toEqual([
      'no Content-Security-Policy meta element',
    ]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { interact } from '../helpers/browser';
import { requireDist } from '../helpers/dist';
import { siteInBrowser } from '../helpers/site-in-browser';
import { listPages } from './checks/site-pages';
import { findSmallTargets } from './checks/target-size';

// WCAG 2.2 target size (2.5.8): on a phone, every link and button a reader taps is at least
// 24 × 24 CSS px, or far enough from the others; words linked inside a sentence are exempt (see the check).
const site = siteInBrowser(requireDist);
let pages: string[];

beforeAll(async () => {
  pages = await listPages(site.dist);
});

describe('target size at 390 px', () => {
  it('every page’s links and buttons, once enhanced, are at least 24 × 24 px', async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const found: Record<string, string[]> = {};
    for (const path of pages) {
      await page.goto(`${site.url}/${path}`);
      await interact(page);
      const small = await page.evaluate(findSmallTargets, 24);
      if (small.length > 0) found[path] = small.map((s) => `${s.what} ${s.width}×${s.height}`);
    }
    expect(found).toEqual({});
    await page.close();
  });

  it('catches markers side by side too small to tap, and lets a linked word or a lone small link be', async () => {
    const page = await site.context.newPage();
    await page.setContent(
      '<p style="font-size:14px">A sentence with <a href="#x">an inline link</a> and two markers' +
        '<sup><a href="#n" data-citation-preview="n">[4]</a><a href="#m" data-citation-preview="m">[5]</a></sup>.</p>' +
        '<p style="margin-top:4em"><a href="#z" style="font-size:10px">z</a></p>',
    );
    const small = await page.evaluate(findSmallTargets, 24);
    expect(small.map((s) => s.what)).toEqual(['a “[4]”', 'a “[5]”']);
    await page.close();
  });
});

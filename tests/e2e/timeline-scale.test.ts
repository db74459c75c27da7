import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus';
import { interact, openPage } from '../helpers/browser';
import { buildOrFail, projectRoot } from '../helpers/build-site';
import { siteInBrowser } from '../helpers/site-in-browser';
import { span } from './timeline/chart';

// The real content plus a corpus with a date in every sentence: over 1,000 detected dates from a small, quick build.
const site = siteInBrowser(async () => {
  const content = await mkdtemp(join(tmpdir(), 'explainer-timeline-scale-'));
  await cp(join(projectRoot, 'content'), content, { recursive: true });
  await generateCorpus(join(content, 'documents'), 36, { dateShare: 1 });
  return (await buildOrFail(content)).outDir;
});

describe('with 1,000 events', () => {
  it('starts with at most 800 SVG elements, clustered; clicking a cluster zooms into it', async () => {
    const { page, problems } = await openPage(site.context, site.http('timeline.html'));
    await interact(page);
    await page.waitForSelector('explainer-timeline[data-ready]');
    const events = await page.locator('.tl-entry').count();
    expect(events).toBeGreaterThanOrEqual(1000);
    const built = await page.evaluate(async (url) => {
      const html = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return doc.querySelectorAll('svg.tl-svg, svg.tl-svg *').length;
    }, site.http('timeline.html'));
    expect(built).toBeLessThanOrEqual(800);
    expect(await page.locator('svg.tl-svg *').count()).toBeLessThanOrEqual(800);
    const clusters = page.locator('svg.tl-svg a.tl-cluster:has(.tl-count)');
    expect(await clusters.count()).toBeGreaterThan(5);
    const before = await span(page);
    const count = Number(await clusters.first().locator('.tl-count').textContent());
    await clusters.first().click();
    // The zoom eases in; on a busy machine it may take a few frames more.
    await expect.poll(() => span(page)).toBeLessThan(before / 4);
    const singles = await page.locator('svg.tl-svg a.tl-item').count();
    expect(singles + (await page.locator('svg.tl-svg a.tl-cluster').count())).toBeGreaterThan(1);
    expect(count).toBeGreaterThan(3);
    await page.close();
    expect(problems).toEqual([]);
  });
});

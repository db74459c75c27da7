import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus';
import { openPage, type Page } from '../helpers/browser';
import { buildOrFail, fixtureContent } from '../helpers/build-site';
import { expectLandedOn } from '../helpers/moved-anchor';
import { siteInBrowser } from '../helpers/site-in-browser';

// The fixture's events plus a corpus with a date in every sentence: over 1,000 detected dates
// from a small, quick build. Sizes are stable; no time is measured here (that is `npm run bench`).
const site = siteInBrowser(async () => {
  const content = await mkdtemp(join(tmpdir(), 'explainer-timeline-scale-'));
  await cp(fixtureContent, content, { recursive: true });
  await generateCorpus(join(content, 'documents'), 36, { dateShare: 1 });
  return (await buildOrFail(content)).outDir;
});
const BUDGET = 15_000;

interface Row {
  id: string;
  origin: string;
  start: string | null;
  end: string | null;
  page: string;
}
const entries = async () =>
  (JSON.parse(await readFile(join(site.dist, 'data/timeline.json'), 'utf8')) as { entries: Row[] }).entries;

/** The gzip bytes of every HTML, CSS and JS response a page loads before the reader does anything. */
async function weight(page: Page, url: string): Promise<number> {
  let total = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    if (!['document', 'stylesheet', 'script'].includes(r.request().resourceType())) return;
    pending.push(
      r.body().then(
        (b) => {
          total += gzipSync(b).length;
        },
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  return total;
}

/** The hrefs of a built page's links, resolved to paths inside the site. */
async function links(path: string): Promise<string[]> {
  const html = await readFile(join(site.dist, path), 'utf8');
  return [...html.matchAll(/<a [^>]*href="([^"#:]+\.html)(?:#[^"]*)?"/g)].map((m) =>
    posix.normalize(posix.join(dirname(path), m[1] as string)),
  );
}

describe('a timeline of over 1,000 detected dates', () => {
  it('keeps timeline.html within 15 kB gzip before interaction, the chart within 800 SVG elements', async () => {
    const { page } = await openPage(site.context, 'about:blank');
    expect(await weight(page, site.http('timeline.html')), 'timeline.html').toBeLessThanOrEqual(BUDGET);
    expect(await page.locator('svg.tl-svg, svg.tl-svg *').count()).toBeLessThanOrEqual(800);
    // Each page of detected dates is within the budget too: the heaviest of them.
    const pages = (await readdir(join(site.dist, 'timeline')))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `timeline/${f}`);
    expect(pages.length).toBeGreaterThan(50);
    const sizes = await Promise.all(
      pages.map(async (p) => gzipSync(await readFile(join(site.dist, p))).length),
    );
    const heaviest = pages[sizes.indexOf(Math.max(...sizes))] as string;
    expect(await weight(page, site.http(heaviest)), heaviest).toBeLessThanOrEqual(BUDGET);
    await page.close();
  });

  it('opens the chart on the editors’ events, not on the whole span of the detected dates', async () => {
    const { page } = await openPage(site.context, site.http('timeline.html'));
    const [a = 0, b = 0] = ((await page.locator('svg.tl-svg').getAttribute('data-domain')) ?? '')
      .split(' ')
      .map(Number);
    const dated = (await entries()).filter((e) => e.start);
    const curated = dated.filter((e) => e.origin === 'curated');
    const time = (d: string | null) => Date.parse(`${d}T00:00:00Z`);
    for (const e of curated) {
      expect(time(e.start)).toBeGreaterThanOrEqual(a);
      expect(time(e.end)).toBeLessThanOrEqual(b);
    }
    const detected = dated.filter((e) => e.origin === 'detected').map((e) => time(e.start));
    expect(b - a).toBeLessThan((Math.max(...detected) - Math.min(...detected)) / 4);
    await page.close();
  });

  it('reaches every event through plain links from timeline.html, without a script', async () => {
    const seen = new Set<string>();
    const queue = ['timeline.html'];
    const ids = new Set<string>();
    const pageOf = new Map<string, string>();
    while (queue.length) {
      const path = queue.shift() as string;
      if (seen.has(path)) continue;
      seen.add(path);
      const html = await readFile(join(site.dist, path), 'utf8');
      for (const m of html.matchAll(/<li\s+id="(event-[^"]+)"/g)) {
        ids.add(m[1] as string);
        pageOf.set(m[1] as string, path);
      }
      for (const next of await links(path)) if (next.startsWith('timeline')) queue.push(next);
    }
    const all = await entries();
    expect(all.length).toBeGreaterThan(1000);
    expect(all.map((e) => e.id).filter((id) => !ids.has(id))).toEqual([]);
    // timeline.json names the page each entry is listed on.
    expect(all.filter((e) => e.page !== pageOf.get(e.id)).map((e) => [e.id, e.page])).toEqual([]);
    expect(new Set(all.map((e) => e.page)).size).toBeGreaterThan(50);
  });

  for (const [name, url] of [
    ['over http', (path: string) => site.http(path)],
    ['from disk', (path: string) => site.file(path)],
  ] as const) {
    it(`leads an old timeline.html#event-… link to its event on its month's page, ${name}`, async () => {
      const detected = (await entries()).filter((e) => e.origin === 'detected');
      expect(detected.length).toBeGreaterThan(1000);
      const html = await readFile(join(site.dist, 'timeline.html'), 'utf8');
      for (const e of [detected[0], detected[Math.floor(detected.length / 2)], detected.at(-1)] as Row[]) {
        expect(html).not.toContain(`id="${e.id}"`);
        const { page, problems } = await openPage(site.context, url(`timeline.html#${e.id}`));
        await expectLandedOn(page, e.id, (path) => /\/timeline\/[^/]+\.html$/.test(path));
        expect(await page.locator(`[id="${e.id}"]`).isVisible()).toBe(true);
        await page.close();
        expect(problems).toEqual([]);
      }
    });
  }

  it('still shows the missing-anchor notice for an id that never was an event', async () => {
    const { page } = await openPage(site.context, site.http('timeline.html#event-no-such-event'));
    await page.mouse.move(2, 2);
    await page.waitForSelector('.anchor-missing');
    expect(new URL(page.url()).pathname).toMatch(/\/timeline\.html$/);
    await page.close();
  });
});

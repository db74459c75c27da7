import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../../helpers/build-site';
import { requireDist } from '../../helpers/dist';
import { type EnginePage, forEachEngine, interact, waitFor } from '../../helpers/engines/engine';
import { engineSite } from '../../helpers/engines/engine-site';

const DOC = 'documents/cia-americas-counternarcotics-mission-center.html';
const PASSAGE = 'p-drug-trafficker-savvy-sophisticated';
const EVENTS = [
  'event-fto-designation-eight-groups',
  'event-mexico-troops-northern-border',
  'event-cia-mission-center-launch',
  'event-cia-mission-center-announced',
  'event-drone-strikes-under-consideration',
];
const SCHEMES = ['http', 'file'] as const;
/** Where the screenshots go, to compare the engines by eye (not committed). */
const SHOTS = join(projectRoot, 'tests/.tmp/screenshots');

const current = (page: EnginePage) =>
  page.evaluate(() => document.querySelector('.tl-current')?.getAttribute('href')?.slice(1) ?? null);
/** In the page: whether an element is there and shown. */
const shown = (selector: string) => {
  const el = document.querySelector<HTMLElement>(selector);
  return el ? !el.hidden && el.getBoundingClientRect().height > 0 : false;
};
const offlineStatus = (page: EnginePage, pattern: RegExp) =>
  waitFor(
    page,
    (source) => new RegExp(source).test(document.querySelector('[data-offline-status]')?.textContent ?? ''),
    pattern.source,
    60_000,
  );

forEachEngine((name) => {
  const site = engineSite(name, { dist: requireDist });

  it('search from disk: typing a name lists its entity first, from the offline index', async () => {
    const page = await site.engine.open(site.dist.file('index.html'));
    await page.clickAt('#site-search-input');
    await page.type('Reaper');
    const first = await waitFor(page, () => {
      const status = document.querySelector('form[data-search="header"] [data-search-status]')?.textContent;
      const hit = document.querySelector<HTMLAnchorElement>('#site-search-listbox a.search-hit--page');
      return status?.includes('“Reaper”') && hit ? hit.href : false;
    });
    expect(first).toMatch(/\/entities\/mq-9-reaper\.html(\?|$)/);
    expect(await page.problems()).toEqual([]);
    await page.close();
  });

  for (const scheme of SCHEMES) {
    it(`the timeline's keys move through the events in time order (${scheme})`, async () => {
      const page = await site.engine.open(site.dist[scheme]('timeline.html'));
      await interact(page);
      await waitFor(page, () => document.querySelector('explainer-timeline[data-ready]') !== null);
      await page.evaluate(() => document.querySelector<HTMLElement>('[data-zoom="all"]')?.focus());
      await page.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className ?? '')).toContain('tl-viewport');
      const seen = [await current(page)];
      for (let i = 1; i < EVENTS.length; i++) {
        await page.press('ArrowRight');
        seen.push(await current(page));
      }
      expect(seen).toEqual(EVENTS);
      await page.press('Home');
      expect(await current(page)).toBe(EVENTS[0]);
      await page.press('End');
      await page.press('ArrowLeft');
      expect(await current(page)).toBe(EVENTS[3]);
      await page.press('Enter');
      await waitFor(page, shown, '.tl-details');
      expect(await page.evaluate(() => location.hash)).toBe(`#${EVENTS[3]}`);
      await page.press('Escape');
      await waitFor(page, async () => (document.querySelector('.tl-details') as HTMLElement).hidden);
      expect(await page.problems()).toEqual([]);
      await page.close();
    });

    it(`the citation preview shows the cited passage, and the link still goes to it (${scheme})`, async () => {
      const cite = '.prose sup.cite a';
      const page = await site.engine.open(site.dist[scheme]('explainer/overview.html'));
      const target = await page.evaluate((sel) => document.querySelector(sel)?.getAttribute('href'), cite);
      await page.hover(cite);
      await waitFor(page, shown, '#citation-preview');
      const preview = await page.evaluate(
        () => document.querySelector('#citation-preview .citation-preview-text')?.textContent,
      );
      await page.press('Escape');
      await waitFor(
        page,
        async () => !document.querySelector<HTMLElement>('#citation-preview')?.checkVisibility(),
      );
      expect(await page.problems()).toEqual([]);
      await page.clickAt(cite);
      const id = target?.split('#')[1] ?? '';
      await waitFor(page, (hash) => location.hash === hash && document.readyState === 'complete', `#${id}`);
      const passage = await page.evaluate(
        (sel) => document.querySelector(sel)?.textContent,
        `#${id} .passage-text`,
      );
      expect(preview).toBeTruthy();
      expect(preview).toBe(passage);
      await page.close();
    });

    it(`a link to a passage lands on it, highlighted (${scheme})`, async () => {
      const page = await site.engine.open(site.dist[scheme](`${DOC}#${PASSAGE}`));
      const landed = await page.evaluate((id) => {
        const el = document.getElementById(id) as HTMLElement;
        const other = document.querySelector('.passage:not(:target)') as HTMLElement;
        return {
          target: el.matches(':target'),
          top: Math.round(el.getBoundingClientRect().top),
          highlighted: getComputedStyle(el).backgroundColor !== getComputedStyle(other).backgroundColor,
        };
      }, PASSAGE);
      expect(landed.target && landed.highlighted).toBe(true);
      expect(landed.top).toBeGreaterThanOrEqual(-2);
      expect(landed.top).toBeLessThan(100);
      expect(await page.problems()).toEqual([]);
      await page.close();
    });
  }

  it('saves every file for offline reading with a service worker, and removes them (http)', async () => {
    const manifest = /^self\.__OFFLINE__=(.*);$/m.exec(await readFile(join(site.dist.root, 'sw.js'), 'utf8'));
    const files = (JSON.parse(manifest?.[1] ?? '{}') as { files: string[] }).files.length;
    const page = await site.engine.open(site.dist.http('index.html'));
    // The offline controls' script comes with the reader's first move.
    await page.moveTo(5, 5);
    await waitFor(page, shown, '[data-offline-save]');
    await page.clickAt('[data-offline-save]');
    await offlineStatus(page, /^Available offline: this browser has saved all \d+ files/);
    const cached = () =>
      page.evaluate(async () =>
        Promise.all((await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).length)),
      );
    expect(await cached()).toEqual([files]);
    await page.clickAt('[data-offline-remove]');
    await offlineStatus(page, /^Removed/);
    expect(await cached()).toEqual([]);
    expect(await page.problems()).toEqual([]);
    await page.close();
  });

  it('the home page fits a phone and a desktop window with nothing wider than the page', async () => {
    await mkdir(SHOTS, { recursive: true });
    const page = await site.engine.open(site.dist.http('index.html'));
    for (const width of [390, 1280]) {
      await page.setViewport(width, 844);
      // MiniBrowser's window is never narrower than its toolbar, 447 px: the phone is as close as it gets.
      const shown = await waitFor(page, (w) => (innerWidth === w || innerWidth === 447) && innerWidth, width);
      await page.screenshot(join(SHOTS, `home-${width}-${name}.png`));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ shown: shown === width || shown === 447, overflow }).toEqual({ shown: true, overflow: 0 });
    }
    await page.setViewport(1280, 900);
    await page.close();
  });
});

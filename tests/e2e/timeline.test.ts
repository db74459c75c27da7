import { describe, expect, it } from 'vitest';
import { runAxe } from '../gates/checks/page-audit';
import { interact, openPage, type Page, watchLayoutShift } from '../helpers/browser';
import { requireDist } from '../helpers/dist';
import { siteInBrowser } from '../helpers/site-in-browser';
import { span } from './timeline/chart';

const DOC = 'documents/cia-americas-counternarcotics-mission-center.html';
const IN_ORDER = [
  'event-fto-designation-eight-groups',
  'event-mexico-troops-northern-border',
  'event-cia-mission-center-launch',
  'event-cia-mission-center-announced',
  'event-drone-strikes-under-consideration',
];
const site = siteInBrowser(requireDist);
const { http, file } = site;

/** What the chart shows and where the focus is. */
const state = (page: Page) =>
  page.evaluate(() => ({
    focused: document.activeElement?.className ?? '',
    current: document.querySelector('.tl-current')?.getAttribute('href')?.slice(1) ?? null,
    details: (document.querySelector('.tl-details') as HTMLElement).hidden
      ? null
      : (document.querySelector('.tl-details-body .tl-entry-title-text')?.textContent ?? ''),
    announced: document.querySelector('.tl-announce')?.textContent ?? '',
  }));

describe('the timeline page in the browser', () => {
  for (const [name, url] of [
    ['over http', () => http('timeline.html')],
    ['from disk', () => file('timeline.html')],
  ] as const) {
    it(`loads ${name} with no console error or CSP violation, and takes over the chart`, async () => {
      const { page, problems } = await openPage(site.context, url());
      // The chart is complete without its script, which waits for the reader's first move.
      await page.waitForTimeout(200);
      const loaded = () => page.evaluate(() => customElements.get('explainer-timeline') !== undefined);
      expect(await loaded()).toBe(false);
      expect(await page.locator('explainer-timeline[data-ready]').count()).toBe(0);
      // A pointer over the page is not input that excuses a layout shift: the takeover must move nothing.
      const shift = await watchLayoutShift(page);
      await interact(page);
      await page.waitForSelector('explainer-timeline[data-ready]');
      expect(await loaded()).toBe(true);
      await page.waitForTimeout(300);
      expect(await shift()).toBe(0);
      expect(await page.locator('.tl-controls').isVisible()).toBe(true);
      expect(await page.locator('svg.tl-svg a.tl-node').count()).toBe(IN_ORDER.length);
      await page.close();
      expect(problems).toEqual([]);
    });
  }

  it('redraws, at the width the build used, exactly the SVG the build wrote', async () => {
    const { page, problems } = await openPage(site.context, http('timeline.html'));
    await interact(page);
    await page.waitForSelector('explainer-timeline[data-ready]');
    // A window narrow enough that the chart's width follows it, then exactly 1,000 px of chart.
    for (let width = 1040, i = 0; i < 3; i++) {
      await page.setViewportSize({ width, height: 900 });
      await page.reload();
      await interact(page);
      await page.waitForSelector('explainer-timeline[data-ready]');
      width += 1000 - (await page.locator('.tl-viewport').evaluate((el) => el.clientWidth));
    }
    const [drawn, built] = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const fromBuild = new DOMParser().parseFromString(html, 'text/html').querySelector('svg.tl-svg');
      const live = document.querySelector('svg.tl-svg');
      const markup = (el: Element | null) => (el?.outerHTML ?? '').replace(/ xmlns="[^"]*"/, '');
      return [markup(live), markup(fromBuild)];
    });
    expect(drawn).toContain('width="1000"');
    expect(drawn).toBe(built);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('moves between events in time order with the arrow keys, Home and End; Enter opens, Escape closes', async () => {
    const { page, problems } = await openPage(site.context, http('timeline.html'));
    await interact(page);
    await page.waitForSelector('explainer-timeline[data-ready]');
    await page.locator('[data-zoom="all"]').focus();
    await page.keyboard.press('Tab');
    expect((await state(page)).focused).toContain('tl-viewport');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    const seen = [(await state(page)).current];
    for (let i = 1; i < IN_ORDER.length; i++) {
      await page.keyboard.press('ArrowRight');
      seen.push((await state(page)).current);
    }
    expect(seen).toEqual(IN_ORDER);
    await page.keyboard.press('ArrowRight');
    expect((await state(page)).current).toBe(IN_ORDER.at(-1));
    await page.keyboard.press('Home');
    expect((await state(page)).current).toBe(IN_ORDER[0]);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect((await state(page)).current).toBe(IN_ORDER[3]);
    expect((await state(page)).announced).toMatch(/^April 15, 2025: CIA is establishing .* 4 of 5\.$/);
    await page.keyboard.press('Enter');
    expect((await state(page)).details).toBe(
      'CIA is establishing an Americas Counternarcotics Mission Center, Deputy Director Michael Ellis tells Breitbart',
    );
    expect(new URL(page.url()).hash).toBe(`#${IN_ORDER[3]}`);
    await page.keyboard.press('Escape');
    expect(await state(page)).toMatchObject({ details: null, current: IN_ORDER[3] });
    expect((await state(page)).focused).toContain('tl-viewport');
    await page.close();
    expect(problems).toEqual([]);
  });

  for (const [name, url] of [
    ['over http', () => http(`timeline.html#${IN_ORDER[1]}`)],
    ['from disk', () => file(`timeline.html#${IN_ORDER[1]}`)],
  ] as const) {
    it(`opens a deep link to an event ${name}: scrolled to, focused, details open`, async () => {
      const { page, problems } = await openPage(site.context, url());
      await page.waitForFunction(() => document.activeElement?.classList.contains('tl-viewport'));
      expect(await state(page)).toMatchObject({
        current: IN_ORDER[1],
        details:
          'Mexico deployed 10,000 troops to its northern border to inspect vehicles for fentanyl, the article says (“Last month”, counted from April 15, 2025)',
      });
      const box = await page.locator('.tl-viewport').boundingBox();
      expect(box?.y).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(page.viewportSize()?.height ?? 0);
      await page.close();
      expect(problems).toEqual([]);
    });
  }

  it('follows a passage’s link back to its event, and the event’s link to the passage', async () => {
    const { page, problems } = await openPage(site.context, http(DOC));
    await page.locator('#p-maltz-speaking-nbc-news .passage-events a').click();
    await page.waitForFunction(() => document.activeElement?.classList.contains('tl-viewport'));
    expect((await state(page)).current).toBe('event-mexico-troops-northern-border');
    await page.locator('.tl-details-body .tl-entry-sources a').first().click();
    await page.waitForURL(/#p-maltz-speaking-nbc-news$/);
    expect(new URL(page.url()).pathname).toMatch(
      /\/documents\/cia-americas-counternarcotics-mission-center\.html$/,
    );
    await page.close();
    expect(problems).toEqual([]);
  });

  it('filters by category, status and source, in the chart and in the list', async () => {
    const { page, problems } = await openPage(site.context, http('timeline.html'));
    await interact(page);
    await page.waitForSelector('explainer-timeline[data-ready]');
    const shown = () =>
      page.evaluate(() => ({
        marks: [...document.querySelectorAll('svg.tl-svg a.tl-node')].map((a) =>
          a.getAttribute('href')?.slice(1),
        ),
        list: [...document.querySelectorAll<HTMLElement>('li.tl-entry')]
          .filter((li) => !li.hidden)
          .map((li) => li.id),
        count: document.querySelector('.tl-shown')?.textContent,
      }));
    await page.selectOption('select[data-filter="category"]', 'military');
    expect(await shown()).toEqual({
      marks: ['event-mexico-troops-northern-border', 'event-drone-strikes-under-consideration'],
      list: ['event-mexico-troops-northern-border', 'event-drone-strikes-under-consideration'],
      count: 'Showing 2 of 5 events',
    });
    await page.selectOption('select[data-filter="status"]', 'under consideration');
    expect((await shown()).list).toEqual(['event-drone-strikes-under-consideration']);
    await page.selectOption('select[data-filter="status"]', 'planned');
    expect(await shown()).toMatchObject({ marks: [], list: [], count: 'Showing 0 of 5 events' });
    await page.selectOption('select[data-filter="category"]', '');
    await page.selectOption('select[data-filter="status"]', '');
    await page.selectOption(
      'select[data-filter="documents"]',
      'cia-americas-counternarcotics-mission-center',
    );
    expect((await shown()).list).toEqual(IN_ORDER);
    // A deep link to an event the filters hide clears them.
    await page.selectOption('select[data-filter="category"]', 'policy');
    await page.evaluate((id) => {
      location.hash = id;
    }, IN_ORDER[4]);
    await page.waitForFunction(
      (id) => document.querySelector('.tl-current')?.getAttribute('href') === `#${id}`,
      IN_ORDER[4],
    );
    expect((await shown()).list).toEqual(IN_ORDER);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('a control pressed before its script has arrived takes effect once it has', async () => {
    const { page, problems } = await openPage(site.context, http('timeline.html'));
    // A click and nothing before it: no pointer or focus event has started the script.
    await page.evaluate(() => document.querySelector<HTMLElement>('button[data-view="list"]')?.click());
    await page.waitForSelector('explainer-timeline[data-ready]');
    await expect
      .poll(() => page.locator('button[data-view="list"]').getAttribute('aria-pressed'))
      .toBe('true');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('toggles between chart and list: the hidden one is out of sight and out of the Tab order', async () => {
    const { page, problems } = await openPage(site.context, http('timeline.html'));
    await interact(page);
    await page.waitForSelector('explainer-timeline[data-ready]');
    const tabbable = () =>
      page.evaluate(
        () => [...document.querySelectorAll<HTMLElement>('.tl-list a')].filter((a) => a.tabIndex >= 0).length,
      );
    expect(
      await page.locator('.tl-list').evaluate((el) => el.getBoundingClientRect().height),
    ).toBeLessThanOrEqual(1);
    expect(await tabbable()).toBe(0);
    await page.locator('button[data-view="list"]').click();
    expect(await page.locator('button[data-view="list"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.tl-chart').isVisible()).toBe(false);
    expect(
      await page.locator('.tl-list').evaluate((el) => el.getBoundingClientRect().height),
    ).toBeGreaterThan(200);
    expect(await tabbable()).toBeGreaterThanOrEqual(IN_ORDER.length * 2);
    await page.evaluate((id) => {
      location.hash = id;
    }, IN_ORDER[2]);
    await page.waitForFunction((id) => document.activeElement?.id === id, IN_ORDER[2]);
    await page.locator('button[data-view="chart"]').click();
    expect(await page.locator('.tl-chart').isVisible()).toBe(true);
    expect(await tabbable()).toBe(0);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('pans with a drag, zooms with Ctrl + wheel, and leaves a plain wheel to scroll the page', async () => {
    const { page, problems } = await openPage(site.context, http('timeline.html'));
    await interact(page);
    await page.waitForSelector('explainer-timeline[data-ready]');
    const domain = () =>
      page.evaluate(() =>
        (document.querySelector('svg.tl-svg')?.getAttribute('data-domain') ?? '').split(' ').map(Number),
      );
    const box = (await page.locator('.tl-viewport').boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    const at = { x: box.x + box.width / 2, y: box.y + 20 };
    const full = await domain();
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.waitForFunction(
      (f) => {
        const [a = 0, b = 0] = (document.querySelector('svg.tl-svg')?.getAttribute('data-domain') ?? '')
          .split(' ')
          .map(Number);
        return b - a < f;
      },
      (full[1] ?? 0) - (full[0] ?? 0),
    );
    const zoomed = await domain();
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 120, at.y, { steps: 6 });
    await page.mouse.up();
    await page.waitForFunction(
      (z) => document.querySelector('svg.tl-svg')?.getAttribute('data-domain') !== z.join(' '),
      zoomed,
    );
    const panned = await domain();
    // Dragged to the right, the view moves to earlier times and keeps its span.
    expect(panned[0]).toBeLessThan(zoomed[0] ?? 0);
    expect((panned[1] ?? 0) - (panned[0] ?? 0)).toBeCloseTo((zoomed[1] ?? 0) - (zoomed[0] ?? 0), -3);
    // A drag that ends on a mark does not open it.
    expect((await state(page)).details).toBeNull();
    const scrolled = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, 200);
    await page.waitForFunction((y) => scrollY > y, scrolled);
    expect(await domain()).toEqual(panned);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('zooms with the buttons, at once when the reader prefers reduced motion, eased otherwise', async () => {
    const { page, problems } = await openPage(site.context, http('timeline.html'));
    /** The spans the chart shows, frame by frame, from a click on "+" until it settles. */
    const zoomIn = async () => {
      await page.reload();
      await interact(page);
      await page.waitForSelector('explainer-timeline[data-ready]');
      const full = await span(page);
      const spans = await page.evaluate(async () => {
        const seen: number[] = [];
        const read = () => {
          const [a = 0, b = 0] = (document.querySelector('svg.tl-svg')?.getAttribute('data-domain') ?? '')
            .split(' ')
            .map(Number);
          return b - a;
        };
        document.querySelector<HTMLButtonElement>('[data-zoom="in"]')?.click();
        for (let i = 0; i < 60; i++) {
          await new Promise((r) => requestAnimationFrame(r));
          seen.push(read());
        }
        return seen;
      });
      return { full, spans };
    };
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const still = await zoomIn();
    expect(new Set(still.spans)).toEqual(new Set([still.full / 2]));
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const eased = await zoomIn();
    expect(eased.spans.at(-1)).toBe(eased.full / 2);
    expect(eased.spans.some((s) => s > eased.full / 2 && s < eased.full)).toBe(true);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('has no accessibility violations with the details open, nor in list view, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await openPage(site.context, http(`timeline.html#${IN_ORDER[0]}`));
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForFunction(() => !(document.querySelector('.tl-details') as HTMLElement).hidden);
      expect(await runAxe(page)).toEqual([]);
      await page.locator('button[data-view="list"]').click();
      expect(await runAxe(page)).toEqual([]);
      await page.close();
    }
  });
});

describe('with no JavaScript', () => {
  it('shows the whole chart and the list, each mark a link to its entry', async () => {
    const context = await site.context.browser()?.newContext({ javaScriptEnabled: false });
    if (!context) throw new Error('no browser');
    for (const url of [http('timeline.html'), file('timeline.html')]) {
      const { page, problems } = await openPage(context, url);
      expect(await page.locator('.tl-controls').isVisible()).toBe(false);
      const marks = page.locator('svg.tl-svg a.tl-node');
      expect(await marks.count()).toBe(IN_ORDER.length);
      expect(await page.locator('.tl-entry').count()).toBe(IN_ORDER.length);
      for (const li of await page.locator('.tl-entry').all()) expect(await li.isVisible()).toBe(true);
      expect(await page.locator('svg.tl-svg .tl-tick').allTextContents()).toEqual([
        'Feb',
        '2025',
        'Mar',
        'Apr',
        'May',
      ]);
      await page.locator(`svg.tl-svg a[href="#${IN_ORDER[1]}"]`).click();
      expect(new URL(page.url()).hash).toBe(`#${IN_ORDER[1]}`);
      expect(await page.locator(`#${IN_ORDER[1]}`).evaluate((el) => el.matches(':target'))).toBe(true);
      await page.close();
      expect(problems).toEqual([]);
    }
    await context.close();
  });
});

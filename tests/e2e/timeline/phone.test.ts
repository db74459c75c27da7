import { describe, expect, it } from 'vitest';
import { interact, openPage, type Page } from '../../helpers/browser';
import { requireDist } from '../../helpers/dist';
import { siteInBrowser } from '../../helpers/site-in-browser';

const site = siteInBrowser(requireDist);
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function open(size: { width: number; height: number }): Promise<Page> {
  const { page } = await openPage(site.context, site.http('timeline.html'));
  await page.setViewportSize(size);
  return page;
}

/** Whether the first event of the list is laid out where a reader can see it. */
const listShown = (page: Page) =>
  page.evaluate(() => {
    const entry = document.querySelector('.tl-list .tl-entry');
    const box = entry?.getBoundingClientRect();
    const chart = document.querySelector('.tl-chart')?.getBoundingClientRect();
    return { list: (box?.width ?? 0) > 100 && (box?.height ?? 0) > 20, chart: (chart?.height ?? 0) > 0 };
  });

/**
 * Every label that sits beside or over another event's mark in the next row up or down,
 * or away from its own mark: a reader would take it for the other event's label.
 */
const misplacedLabels = (page: Page) =>
  page.evaluate(() => {
    const marks = [...document.querySelectorAll('svg.tl-svg a.tl-node')].map((a) => ({
      label: a.querySelector('.tl-label'),
      shape: (a.querySelector('.tl-shape') as SVGGraphicsElement).getBoundingClientRect(),
    }));
    const bad: string[] = [];
    for (const m of marks) {
      if (!m.label) continue;
      const l = m.label.getBoundingClientRect();
      const gap = Math.max(m.shape.left - l.right, l.left - m.shape.right, 0);
      if (gap > 16) bad.push(`"${m.label.textContent}" is ${Math.round(gap)} px from its mark`);
      for (const other of marks) {
        if (other === m) continue;
        const sameBand = Math.abs(other.shape.top + other.shape.height / 2 - (l.top + l.height / 2)) < 40;
        const overlaps = l.left < other.shape.right && l.right > other.shape.left;
        if (sameBand && overlaps) bad.push(`"${m.label.textContent}" sits over another event's mark`);
      }
    }
    return bad;
  });

/** Clicks (taps) the mark of an event and reports where its details opened. */
async function openMark(page: Page, index: number) {
  const mark = page.locator('svg.tl-svg a.tl-node').nth(index);
  await mark.scrollIntoViewIfNeeded();
  const box = await mark.boundingBox();
  if (!box) throw new Error('the mark has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => !(document.querySelector('.tl-details') as HTMLElement).hidden);
  // Scrolling into view may be smooth: wait until the panel stops moving.
  let last = Number.NaN;
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100);
    const y = await page.evaluate(
      () => document.querySelector('.tl-details')?.getBoundingClientRect().top ?? 0,
    );
    if (y === last) break;
    last = y;
  }
  return page.evaluate(() => {
    const panel = (document.querySelector('.tl-details') as HTMLElement).getBoundingClientRect();
    const close = (document.querySelector('.tl-details [data-close]') as HTMLElement).getBoundingClientRect();
    const chart = (document.querySelector('.tl-viewport') as HTMLElement).getBoundingClientRect();
    return { panel, close, chart, height: innerHeight };
  });
}

describe('the timeline on a phone and a desktop', () => {
  it('opens the list at 390 px, before and after its script, and the chart on a desktop', async () => {
    const page = await open(PHONE);
    expect(await listShown(page)).toEqual({ list: true, chart: false });
    await interact(page);
    await page.waitForSelector('explainer-timeline[data-ready]');
    expect(await listShown(page)).toEqual({ list: true, chart: false });
    expect(await page.locator('button[data-view="list"]').getAttribute('aria-pressed')).toBe('true');
    await page.setViewportSize(DESKTOP);
    await page.reload();
    expect(await listShown(page)).toEqual({ list: false, chart: true });
    await page.close();
  });

  for (const [name, size] of [
    ['390', PHONE],
    ['1280', DESKTOP],
  ] as const) {
    it(`at ${name} px puts every chart label by its own mark, never over another event's`, async () => {
      const page = await open(size);
      await interact(page);
      await page.waitForSelector('explainer-timeline[data-ready]');
      await page.locator('button[data-view="chart"]').click();
      await page.waitForSelector('svg.tl-svg .tl-label');
      expect(await misplacedLabels(page)).toEqual([]);
      await page.close();
    });

    it(`at ${name} px opens a tapped mark's details next to the chart, in view`, async () => {
      const page = await open(size);
      await interact(page);
      await page.waitForSelector('explainer-timeline[data-ready]');
      await page.locator('button[data-view="chart"]').click();
      for (const index of [0, 3]) {
        const { panel, close, chart, height } = await openMark(page, index);
        expect(panel.top).toBeGreaterThanOrEqual(0);
        expect(close.bottom).toBeLessThanOrEqual(height);
        expect(Math.min(panel.bottom, height) - panel.top).toBeGreaterThan(Math.min(200, panel.height - 1));
        // Right under the chart, not past the legend and the instructions.
        expect(panel.top - chart.bottom).toBeLessThan(24);
        expect(panel.top - chart.bottom).toBeGreaterThanOrEqual(0);
      }
      await page.close();
    });
  }
});

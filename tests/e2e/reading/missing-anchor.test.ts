import { describe, expect, it } from 'vitest';
import { openPage } from '../../helpers/browser';
import { requireDist } from '../../helpers/dist';
import { siteInBrowser } from '../../helpers/site-in-browser';

const site = siteInBrowser(requireDist);
const DOCUMENT = 'documents/cia-americas-counternarcotics-mission-center.html';

describe('the missing-anchor notice, on a phone', () => {
  it('never scrolls inside the page, numbers each passage once, and keeps the rest behind a disclosure', async () => {
    const { page, problems } = await openPage(site.context, site.http(`${DOCUMENT}#p-gone-since-last-year`));
    await page.setViewportSize({ width: 390, height: 844 });
    const notice = page.locator('.anchor-missing');
    await notice.waitFor();
    const passages = await page.locator('main [data-passage-id]').count();
    expect(passages).toBeGreaterThan(8);
    const inner = await notice.evaluate((box) =>
      [box, ...box.querySelectorAll('*')]
        .filter((e) => /auto|scroll/.test(getComputedStyle(e).overflowY) && e.scrollHeight > e.clientHeight)
        .map((e) => e.tagName),
    );
    expect(inner).toEqual([]);
    // "¶3 …" is the number: no list marker in front of it as well.
    const markers = await notice
      .locator('li')
      .evaluateAll((items) =>
        items.filter((li) => getComputedStyle(li).listStyleType !== 'none').map((li) => li.textContent),
      );
    expect(markers).toEqual([]);
    const shown = notice.locator('li:visible a');
    const first = await shown.count();
    expect(first).toBeGreaterThan(2);
    expect(first).toBeLessThan(passages);
    expect(await shown.first().textContent()).toMatch(/^¶1 \S/);
    const more = notice.locator('details > summary');
    expect(await more.textContent()).toBe(`Show ${passages - first} more`);
    await more.click();
    expect(await notice.locator('li:visible a').count()).toBe(passages);
    await notice.locator('li a').last().click();
    await page.waitForFunction(() => location.hash.startsWith('#p-'));
    expect(await notice.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

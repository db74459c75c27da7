import { describe, expect, it } from 'vitest';
import { openPage, type Page } from '../../helpers/browser';
import { requireDist } from '../../helpers/dist';
import { siteInBrowser } from '../../helpers/site-in-browser';

const site = siteInBrowser(requireDist);

/** The text of each key point on a page, without its citation markers. */
const keyPoints = (page: Page) =>
  page.$$eval('.key-points li', (items) =>
    items.map((li) => {
      const copy = li.cloneNode(true) as HTMLElement;
      for (const sup of copy.querySelectorAll('sup')) sup.remove();
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    }),
  );

describe('the home page tells the story first', () => {
  it('puts the dated lead, with its citations, right under the heading, on a phone', async () => {
    const { page, problems } = await openPage(site.context, site.http('index.html'));
    await page.setViewportSize({ width: 390, height: 844 });
    const top = await page.evaluate(() => {
      const h1 = document.querySelector('main h1');
      const date = h1?.nextElementSibling;
      const lead = date?.nextElementSibling;
      const time = date?.querySelector('time');
      return {
        heading: h1?.textContent,
        siteName: document.querySelector('.site-header .site-name')?.textContent,
        date: date?.textContent?.trim(),
        datetime: time?.getAttribute('datetime'),
        lead: lead?.textContent ?? '',
        leadBottom: lead?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY,
        cites: [...(lead?.querySelectorAll('sup a') ?? [])].map((a) => a.getAttribute('href')),
        description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
        og: document.querySelector('meta[property="og:description"]')?.getAttribute('content'),
      };
    });
    // The editors' headline, not the site's name again under the header that shows it.
    expect(top.heading).toBe(
      'CIA is setting up a center to dismantle drug cartels, its deputy director says',
    );
    expect(top.heading).not.toBe(top.siteName);
    expect(top.date).toBe('As of April 15, 2025');
    expect(top.datetime).toBe('2025-04-15');
    expect(top.lead).toMatch(/Michael Ellis, told Breitbart/);
    expect(top.lead).toMatch(/no decision has been made/);
    expect(top.cites.length).toBeGreaterThan(0);
    for (const href of top.cites) expect(href).toMatch(/^documents\/[^#]+\.html#p-/);
    // The whole lead is read without scrolling, on a phone.
    expect(top.leadBottom).toBeLessThanOrEqual(844);
    expect(top.description).toMatch(/^As of April 15, 2025: The CIA is setting up/);
    expect(top.og).toBe(top.description);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows each key point once: in the overview, not again on the home page', async () => {
    const overview = await openPage(site.context, site.http('explainer/overview.html'));
    const points = await keyPoints(overview.page);
    expect(points.length).toBeGreaterThan(0);
    await overview.page.close();
    const home = await openPage(site.context, site.http('index.html'));
    const text = ((await home.page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
    for (const point of points) expect(text).not.toContain(point);
    expect(await home.page.locator('main .read-on a').getAttribute('href')).toBe('explainer/overview.html');
    expect([...home.problems, ...overview.problems]).toEqual([]);
    await home.page.close();
  });
});

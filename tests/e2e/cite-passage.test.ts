import { beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../gates/checks/page-audit';
import { interact, openPage, type Page } from '../helpers/browser';
import { requireDist } from '../helpers/dist';
import { siteInBrowser } from '../helpers/site-in-browser';

const DOC = 'documents/cia-americas-counternarcotics-mission-center.html';

const site = siteInBrowser(requireDist);

beforeAll(async () => {
  await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
});

const citations = (page: Page) =>
  page.$$eval('.cite-menu .cite-style', (groups) =>
    Object.fromEntries(
      groups.map((g) => [g.getAttribute('aria-label'), g.querySelector('.cite-text')?.textContent ?? '']),
    ),
  );

describe('citing one passage', () => {
  it('a passage’s Cite button gives APA, Chicago and the quotation with its link, and copies them', async () => {
    const { page, problems } = await openPage(site.context, site.http(DOC));
    await interact(page);
    const passages = await page.locator('.passage').count();
    expect(await page.locator('.passage > .cite-button').count()).toBe(passages);
    const fourth = page.locator('.passage').nth(3);
    const id = await fourth.getAttribute('id');
    const words = (await fourth.locator('.passage-text').textContent())?.trim();
    const button = fourth.locator('.cite-button');
    expect(await button.getAttribute('aria-label')).toBe('Cite passage 4');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const cited = await citations(page);
    expect(Object.keys(cited)).toEqual(['Plain', 'APA', 'Chicago']);
    expect(cited.APA).toMatch(
      /^\[Untitled article\]\. \(2025, April 15\)\. ZeroHedge\. https:\/\/www\.zerohedge\.com\/\S+, para\. 4\./,
    );
    expect(cited.APA).toContain(`${site.url}/${DOC}#${id}`);
    expect(cited.Chicago).toContain('ZeroHedge, April 15, 2025, para. 4.');
    // The passage word for word; its own quotation marks nested as single ones.
    expect(words?.startsWith('“The drug trafficker')).toBe(true);
    expect(cited.Plain).toMatch(
      /^“‘The drug trafficker is a savvy, sophisticated adversary,’ the CIA official told/,
    );
    expect(cited.Plain).toContain(
      'dismantle them.’” [Untitled article]. ZeroHedge, April 15, 2025, para. 4.',
    );
    expect(cited.Plain).toContain('relays Breitbart (interview), NBC News (report)');
    await page.locator('.cite-menu .cite-copy').first().click();
    // The write is asynchronous: wait for it rather than read the clipboard at once.
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 5000 })
      .toBe(cited.Plain);
    expect(await runAxe(page)).toEqual([]);
    await button.click();
    expect(await page.locator('.cite-menu').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an event’s details panel cites its main source with the passage as locator', async () => {
    const { page, problems } = await openPage(
      site.context,
      site.http('timeline.html#event-mexico-troops-northern-border'),
    );
    await page.waitForFunction(() => !(document.querySelector('.tl-details') as HTMLElement).hidden);
    await page.locator('.tl-details-body .cite-button').click();
    const cited = await citations(page);
    expect(cited.APA).toMatch(/ZeroHedge\. https:\/\/www\.zerohedge\.com\/\S+, para\. 11\./);
    expect(cited.APA).toContain(`${site.url}/${DOC}#p-maltz-speaking-nbc-news`);
    expect(cited.Chicago).toContain('April 15, 2025, para. 11.');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the timeline’s own citation names the site and the date it was last updated', async () => {
    const { page } = await openPage(site.context, site.http('timeline.html'));
    const apa = await page.locator('#cite-page-apa').textContent();
    expect(apa).toMatch(/^CIA and the Cartels\. \(2025, April 15\)\. Timeline\. Retrieved /);
    await page.close();
  });
});

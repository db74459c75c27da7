import { beforeAll, describe, expect, it } from 'vitest';
import { interact, openPage, type Page, watchLayoutShift } from '../../helpers/browser';
import { requireDist } from '../../helpers/dist';
import { siteInBrowser } from '../../helpers/site-in-browser';

const site = siteInBrowser(requireDist);
const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
});

/** Every element that reads exactly `text` and a sighted reader can read: a real size, inside the window. */
const readable = (page: Page, text: string) =>
  page.evaluate((text) => {
    const seen = [...document.querySelectorAll<HTMLElement>('body *')].filter(
      (e) => e.childElementCount === 0 && e.textContent?.trim() === text,
    );
    return seen
      .map((e) => ({ box: e.getBoundingClientRect(), size: Number.parseFloat(getComputedStyle(e).fontSize) }))
      .filter(({ box, size }) => box.width >= 40 && box.height >= 12 && size >= 12)
      .map(({ box }) => ({ inside: box.left >= 0 && box.right <= document.documentElement.clientWidth }));
  }, text);

async function copyOn(path: string, button: string, before?: string) {
  const { page, problems } = await openPage(site.context, site.http(path));
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ colorScheme: 'dark' });
  await interact(page);
  if (before) await page.click(before);
  const shift = await watchLayoutShift(page);
  const target = page.locator(button).first();
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.waitForFunction(() => document.querySelector('[data-link-announcer]')?.textContent);
  return { page, problems, shift };
}

describe('copy-link feedback', () => {
  it.each([
    [
      'a source passage',
      'documents/cia-americas-counternarcotics-mission-center.html',
      '.passage .copy-link',
      undefined,
    ],
    ['a timeline event, in the list view', 'timeline.html', '.tl-entries .copy-link', '[data-view="list"]'],
    // A heading's # is its one control: it goes to the heading and copies its link.
    ['a chapter’s heading', 'explainer/overview.html', '.prose .anchor-heading .anchor-link', undefined],
  ])(
    'on %s, shows a readable “Link copied” beside the button, inside the window, moving nothing',
    async (_, path, button, before) => {
      const { page, problems, shift } = await copyOn(path, button, before);
      expect(await page.locator('[data-link-announcer]').textContent()).toBe('Link copied');
      expect(await readable(page, 'Link copied')).toEqual([{ inside: true }]);
      expect(await shift()).toBe(0);
      // It is a moment's note, not a fixture of the page.
      await page.waitForFunction(() => !document.querySelector('.copy-status'));
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});

describe('the timeline’s copy buttons', () => {
  it('are named after the event’s title, not its whole entry', async () => {
    const { page, problems } = await openPage(site.context, site.http('timeline.html'));
    await interact(page);
    const named = await page.$$eval('.tl-entries .tl-entry', (entries) =>
      entries.map((li) => ({
        title: li.querySelector('.tl-entry-title-text')?.textContent?.replace(/\s+/g, ' ').trim(),
        label: li.querySelector('.copy-link')?.getAttribute('aria-label'),
      })),
    );
    expect(named.length).toBeGreaterThan(3);
    for (const { title, label } of named) expect(label).toBe(`Copy link to ${title}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});

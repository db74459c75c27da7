import { beforeAll, describe, expect, it } from 'vitest';
import { interact, openPage, type Page, watchLayoutShift } from '../helpers/browser';
import { buildOrFail, fixtureContent } from '../helpers/build-site';
import { fixtureSite } from '../helpers/fixture-site';
import { siteInBrowser } from '../helpers/site-in-browser';

const PORT = 'documents/port-inspections.html';
// Where the site is published; tests serve it elsewhere, as a preview or a mirror would.
const PUBLISHED = 'https://news.example/harbour/';
const PUBLIC = `${PUBLISHED}${PORT}`;
const site = siteInBrowser(
  async () => (await buildOrFail(fixtureContent, { env: { SITE_URL: PUBLISHED } })).outDir,
);
/** Over http, a copied link is the address the reader is on. */
const here = () => `${site.url}/${PORT}`;

beforeAll(async () => {
  await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
});

const announced = (page: Page) =>
  page
    .waitForFunction(() => document.querySelector('[data-link-announcer]')?.textContent || false)
    .then((h) => h.jsonValue());
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const fileUrl = site.file;

describe('copy link', () => {
  it('every self-link gets a copy button, reached by Tab right after it, that copies the address the reader is on', async () => {
    const { page, problems } = await openPage(site.context, `${site.url}/${PORT}`);
    const links = await page.locator('a[data-self-link]').count();
    expect(links).toBe(4);
    // The script comes with the reader's first move, not before.
    expect(await page.locator('button.copy-link').count()).toBe(0);
    await interact(page);
    expect(await page.locator('a[data-self-link] + button.copy-link').count()).toBe(links);
    expect(await page.locator('.copy-link').first().getAttribute('aria-label')).toBe(
      'Copy link to passage 1',
    );
    await page.focus('a[href="#p-no-timetable-set"]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-copy-link-for'))).toBe(
      'p-no-timetable-set',
    );
    await page.keyboard.press('Enter');
    expect(await announced(page)).toBe('Link copied');
    expect(await clipboard(page)).toBe(`${here()}#p-no-timetable-set`);
    expect(problems).toEqual([]);
    await page.close();
  });

  // A heading used to carry a # and a copy button beside it: two controls for one thing. The # is now
  // the only one: it goes to the heading and, enhanced, copies the link, saying so in words.
  it('keeps a heading’s # beside its last word as its one control, which copies its link; enhancing it moves nothing', async () => {
    const { page, problems } = await openPage(site.context, `${site.url}/explainer/port-overview.html`);
    // Narrow enough that headings wrap.
    await page.setViewportSize({ width: 280, height: 900 });
    const shift = await watchLayoutShift(page);
    await interact(page);
    await page.waitForSelector('.anchor-heading .anchor-link[data-copy-enhanced]');
    await page.waitForTimeout(300);
    expect(await shift()).toBe(0);
    expect(await page.locator('.anchor-heading .copy-link').count()).toBe(0);
    const headings = await page.evaluate(() =>
      [...document.querySelectorAll('.anchor-heading')].map((wrapper) => {
        // The heading's words, line by line, whatever its box is.
        const words = document.createTreeWalker(
          wrapper.querySelector('h2, h3') as Node,
          NodeFilter.SHOW_TEXT,
        );
        const rects: DOMRect[] = [];
        for (let node = words.nextNode(); node; node = words.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          rects.push(...range.getClientRects());
        }
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        const last = rects.reduce((a, b) => (b.bottom > a.bottom ? b : a));
        const middle = (el: Element | null) => {
          const r = el?.getBoundingClientRect();
          return r ? r.top + r.height / 2 : Number.NaN;
        };
        const onLastLine = (el: Element | null) =>
          Math.abs(middle(el) - (last.top + last.height / 2)) < last.height / 2;
        return {
          lines: lines.size,
          together: onLastLine(wrapper.querySelector('.anchor-link')),
        };
      }),
    );
    expect(headings.some((h) => h.lines > 1)).toBe(true);
    expect(headings.filter((h) => !h.together)).toEqual([]);
    const hash = page.locator('.anchor-heading .anchor-link').first();
    const id = ((await hash.getAttribute('href')) as string).slice(1);
    expect(await hash.getAttribute('aria-label')).toMatch(/^Copy link to /);
    await hash.click();
    expect(await announced(page)).toBe('Link copied');
    expect(await clipboard(page)).toBe(`${site.url}/explainer/port-overview.html#${id}`);
    // The word, not only a mark, beside the control.
    expect(await page.locator('.anchor-heading .copy-status').first().textContent()).toBe('Link copied');
    expect(page.url()).toMatch(new RegExp(`#${id}$`));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('without the Clipboard API, shows the URL selected in a field, announced; Escape puts focus back', async () => {
    const page = await site.context.newPage();
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }),
    );
    await page.goto(fileUrl(PORT));
    await interact(page);
    // From disk the page says where its copied links point: the published site.
    await page.locator('[data-disk-note]').waitFor();
    expect(await page.locator('[data-disk-note]').textContent()).toContain(PUBLISHED);
    const button = page.locator('[data-copy-link-for="p-not-rushed-director-told"]');
    await button.click();
    const field = page.locator('.copy-fallback input');
    await field.waitFor();
    expect(await field.inputValue()).toBe(`${PUBLIC}#p-not-rushed-director-told`);
    const selection = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return [el.tagName, el.selectionStart, el.selectionEnd, el.value.length];
    });
    expect(selection).toEqual(['INPUT', 0, `${PUBLIC}#p-not-rushed-director-told`.length, selection[3]]);
    expect(await announced(page)).toMatch(/^Link selected\. Press (Ctrl\+C|⌘C) to copy\.$/);
    await page.keyboard.press('Escape');
    expect(await page.locator('.copy-fallback').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-copy-link-for'))).toBe(
      'p-not-rushed-director-told',
    );
    await page.close();
  });
});

describe('copy link to highlight', () => {
  it('selecting words in a passage offers a text-fragment link, and that link lands on the words', async () => {
    const { page, problems } = await openPage(site.context, `${site.url}/${PORT}`);
    await interact(page);
    await page.evaluate(() => {
      const text = document.querySelector('#p-not-rushed-director-told .passage-text')?.firstChild as Text;
      const start = text.data.indexOf('not be rushed');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 'not be rushed'.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    const button = page.locator('.copy-highlight');
    await button.waitFor({ state: 'visible' });
    expect(await button.textContent()).toBe('Copy link to highlight');
    await button.click();
    expect(await announced(page)).toBe('Link copied');
    const url = await clipboard(page);
    // The words may also appear elsewhere on the page (an event title): then a prefix singles them out.
    expect(url).toMatch(
      new RegExp(
        `^${here().replace(/[.]/g, '\\.')}#p-not-rushed-director-told:~:text=(.+-,)?not%20be%20rushed$`,
      ),
    );
    expect(problems).toEqual([]);
    await page.close();

    // On a short window the passage is below the fold: the fragment alone must bring it into view.
    const context = site.context;
    const landing = await context.newPage();
    await landing.setViewportSize({ width: 1280, height: 300 });
    await landing.goto(url.replace('#p-not-rushed-director-told', '#'));
    await landing.waitForFunction(() => window.scrollY > 0);
    const top = await landing.evaluate(
      () => document.getElementById('p-not-rushed-director-told')?.getBoundingClientRect().top ?? -1,
    );
    expect(top).toBeGreaterThanOrEqual(-40);
    expect(top).toBeLessThan(300);
    await landing.close();
  });
});

describe('anchors that no longer exist, and aliases that still do', () => {
  for (const [label, url] of [
    ['http', () => `${site.url}/${PORT}`],
    ['file://', () => fileUrl(PORT)],
  ] as const) {
    it(`an old alias lands on its passage, with no notice (${label})`, async () => {
      const page = await site.context.newPage();
      await page.setViewportSize({ width: 1280, height: 300 });
      await page.goto(`${url()}#p-no-timetable-yet`);
      await page.waitForLoadState('load');
      const top = await page.evaluate(
        () => document.getElementById('p-no-timetable-set')?.getBoundingClientRect().top ?? -1,
      );
      expect(top).toBeGreaterThanOrEqual(-2);
      expect(top).toBeLessThan(100);
      expect(await page.locator('.anchor-missing').count()).toBe(0);
      await page.close();
    });

    it(`a missing anchor gets a notice with the page's contents, which works (${label})`, async () => {
      const { page, problems } = await openPage(site.context, `${url()}#p-removed-long-ago`);
      const notice = page.locator('.anchor-missing');
      await notice.waitFor();
      expect(await notice.getAttribute('role')).toBe('alert');
      expect(await notice.textContent()).toContain('#p-removed-long-ago');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('anchor-missing');
      const items = notice.locator('li a');
      expect(await items.count()).toBe(4);
      expect(await items.nth(3).textContent()).toBe('¶4 No timetable has been set.');
      await items.nth(3).click();
      await page.waitForFunction(() => location.hash === '#p-no-timetable-set');
      expect(await page.locator('.anchor-missing').count()).toBe(0);
      await page.evaluate(() => {
        location.hash = 'another-missing-one';
      });
      await notice.waitFor();
      expect(await notice.textContent()).toContain('#another-missing-one');
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('no notice for an anchor that exists, nor for a text fragment alone', async () => {
    for (const hash of ['#p-no-timetable-set', '#document-title', '#:~:text=timetable', '']) {
      const { page } = await openPage(site.context, `${site.url}/${PORT}${hash}`);
      expect({ hash, notices: await page.locator('.anchor-missing').count() }).toEqual({ hash, notices: 0 });
      await page.close();
    }
  });
});

describe('Cite this', () => {
  it('fills in today as the access date and copies each style', async () => {
    const { page, problems } = await openPage(site.context, `${site.url}/${PORT}`);
    await page.click('.cite-this summary');
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date()),
    );
    expect(await page.locator('[data-cite-accessed]').first().textContent()).toBe(today);
    expect(await page.locator('.cite-text').count()).toBe(3);
    await page.click('button[data-cite-copy$="-apa"]');
    expect(await announced(page)).toBe('Citation copied');
    expect(await clipboard(page)).toBe(
      `A. Reporter. (2024, March 2). Port inspections to double, authority says. The Example Gazette. https://news.example/port-inspections. Copy: ${fixtureSite.title}, ${here()}`,
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});

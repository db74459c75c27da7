import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAxe } from '../gates/checks/page-audit';
import { openPage, type Page } from '../helpers/browser';
import { siteInBrowser } from '../helpers/site-in-browser';
import { buildSearchFixture, pageOf, recordRequests, searched, shownResults } from './search/search-fixture';

const site = siteInBrowser(buildSearchFixture);

const STATUS = 'form[data-search="header"] [data-search-status]';
const LISTBOX = '#site-search-listbox';
const isSearchCode = (url: string) => /\/scripts\/search\.js$|\/pagefind\//.test(url);
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const attr = (page: Page, name: string) => page.locator('#site-search-input').getAttribute(name);

async function search(page: Page, query: string): Promise<string> {
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  return searched(page, STATUS, query);
}

describe.each(['http', 'file'] as const)('the header search, over %s', (name) => {
  const root = () => (name === 'http' ? `${site.url}/` : `${pathToFileURL(site.dist).href}/`);
  const url = (path: string) => root() + path;

  it('loads no search code on page load, and the right runtime on first focus', async () => {
    const requests = recordRequests(site.context);
    const { page, problems } = await openPage(site.context, url('documents/port-inspections.html'));
    await page.waitForTimeout(300);
    expect(requests.urls.filter(isSearchCode)).toEqual([]);
    expect(requests.urls.some((u) => u.endsWith('/scripts/search-hook.js'))).toBe(true);
    const wasm = page.waitForRequest((r) => /wasm\.\w+\.pagefind/.test(r.url()));
    await page.focus('#site-search-input');
    await wasm;
    const loaded = requests.urls.filter(isSearchCode);
    requests.stop();
    expect(loaded.some((u) => u.endsWith('/scripts/search.js'))).toBe(true);
    const pagefind = loaded.filter((u) => u.includes('/pagefind/'));
    if (name === 'file') {
      // From disk: only the classic copies; fetch(), modules and workers would be refused.
      expect(pagefind.every((u) => u.includes('/pagefind/offline/') && u.endsWith('.js'))).toBe(true);
    } else {
      expect(pagefind.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
      expect(pagefind.filter((u) => u.includes('/offline/') || u.includes('worker'))).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens with /, Ctrl+K and Cmd+K; a slash typed in a field stays a slash', async () => {
    const { page, problems } = await openPage(site.context, url('index.html'));
    const blur = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (const key of ['/', 'Control+k', 'Meta+k']) {
      await blur();
      await page.keyboard.press(key);
      expect({ key, focused: await focused(page) }).toEqual({ key, focused: 'site-search-input' });
    }
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#site-search-input')).toBe('a/b');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows results as you type: a live count, highlighted excerpts, kinds, dates and passages', async () => {
    const { page, problems } = await openPage(site.context, url('index.html'));
    expect(await attr(page, 'aria-expanded')).toBe('false');
    expect(await search(page, 'inspections')).toMatch(/^\d+ results for “inspections”$/);
    expect(await attr(page, 'role')).toBe('combobox');
    expect(await attr(page, 'aria-expanded')).toBe('true');
    expect(await page.isVisible(LISTBOX)).toBe(true);
    const results = await shownResults(page, LISTBOX);
    const pages = results.map((r) => pageOf(r.href, root()));
    expect(pages).toContain('documents/port-inspections.html');
    expect(pages).toContain('documents/harbour-review.html');
    const port = results.find((r) => r.href.includes('port-inspections'));
    expect(port?.meta).toBe('Source document · March 2, 2024');
    expect(port?.sections[0]).toMatch(
      /port-inspections\.html\?highlight=inspections#p-port-authority-said-monday$/,
    );
    const marks = await page.locator(`${LISTBOX} mark`).allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /inspect/i.test(m))).toBe(true);
    expect(await page.locator(`${LISTBOX} [role="group"][aria-label]`).count()).toBe(results.length);
    expect(await page.locator(`${LISTBOX} [role="option"]`).count()).toBeGreaterThan(results.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keyboard only: arrows choose a passage, Enter opens it, and the page highlights the words', async () => {
    const { page, problems } = await openPage(site.context, url('index.html'));
    await search(page, 'cranes at dawn');
    await page.keyboard.press('ArrowDown');
    const first = await attr(page, 'aria-activedescendant');
    expect(await page.locator(`#${first}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`#${first}`).getAttribute('href')).toMatch(/port-inspections\.html\?/);
    await page.keyboard.press('ArrowDown');
    const second = await attr(page, 'aria-activedescendant');
    expect(await page.locator(`#${first}`).getAttribute('aria-selected')).toBe('false');
    expect(await page.locator(`#${second}`).getAttribute('href')).toMatch(/#p-harbour-cranes-dawn$/);
    await page.keyboard.press('ArrowUp');
    expect(await attr(page, 'aria-activedescendant')).toBe(first);
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('site-search-input');
    await Promise.all([
      page.waitForURL(/port-inspections\.html\?highlight=cranes.*#p-harbour-cranes-dawn$/),
      page.keyboard.press('Enter'),
    ]);
    await page.waitForSelector('mark.search-highlight');
    const marked = await page.locator('#p-harbour-cranes-dawn mark.search-highlight').allTextContents();
    expect(marked.map((m) => m.toLowerCase())).toEqual(['cranes', 'at', 'dawn']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('Escape closes the list, then clears the field; Enter with nothing chosen opens the search page', async () => {
    const { page, problems } = await openPage(site.context, url('index.html'));
    await search(page, 'timetable');
    await page.keyboard.press('Escape');
    expect(await attr(page, 'aria-expanded')).toBe('false');
    expect(await page.inputValue('#site-search-input')).toBe('timetable');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#site-search-input')).toBe('');
    await page.keyboard.type('director');
    await searched(page, STATUS, 'director');
    await Promise.all([page.waitForURL(/search\.html\?q=director$/), page.keyboard.press('Enter')]);
    await searched(page, '[data-search-output] [data-search-status]', 'director');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('kind chips narrow the results and can be reached and pressed from the keyboard', async () => {
    const { page, problems } = await openPage(site.context, url('index.html'));
    const before = Number.parseInt(await search(page, 'inspections'), 10);
    const kinds = (await shownResults(page, LISTBOX)).map((r) => r.meta.split(' · ')[0]);
    expect(new Set(kinds).size).toBeGreaterThan(1);
    let chip = '';
    for (let tabs = 0; tabs < 10 && !chip.startsWith('Sources'); tabs++) {
      await page.keyboard.press('Tab');
      chip = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(chip).toMatch(/^Sources\d+$/);
    await page.keyboard.press('Space');
    const after = await page.waitForFunction(
      ([sel, text]) => {
        const now = document.querySelector(sel as string)?.textContent ?? '';
        return now !== text && now;
      },
      [STATUS, `${before} results for “inspections”`],
    );
    expect(Number.parseInt(String(await after.jsonValue()), 10)).toBe(Number(chip.replace('Sources', '')));
    expect(Number(chip.replace('Sources', ''))).toBeLessThan(before);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
    const results = await shownResults(page, LISTBOX);
    expect(results.every((r) => r.meta.startsWith('Source document'))).toBe(true);
    expect(await attr(page, 'aria-expanded')).toBe('true');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('accessibility with results on screen', () => {
  it('the open list and the search page pass axe, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, problems } = await openPage(site.context, `${site.url}/index.html`);
      await page.emulateMedia({ colorScheme: scheme });
      await search(page, 'inspections');
      await page.keyboard.press('ArrowDown');
      expect({ scheme, violations: await runAxe(page) }).toEqual({ scheme, violations: [] });
      await page.goto(`${site.url}/search.html?q=inspections&type=source`);
      await searched(page, '[data-search-output] [data-search-status]', 'inspections');
      expect({ scheme, violations: await runAxe(page) }).toEqual({ scheme, violations: [] });
      expect(problems).toEqual([]);
      await page.close();
    }
  });
});

describe('without JavaScript', () => {
  it('the header field is a plain form that opens search.html, which says search needs JavaScript and links to the indexes', async () => {
    const page = await site.context.newPage();
    const cdp = await site.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(`${site.url}/documents/port-inspections.html`);
    await page.fill('#site-search-input', 'harbour');
    await Promise.all([
      page.waitForURL(/\/search\.html\?q=harbour$/),
      page.press('#site-search-input', 'Enter'),
    ]);
    const notice = page.locator('main .search-page__nojs');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/^Search needs JavaScript/);
    expect(await page.locator('main a[href="documents.html"]').isVisible()).toBe(true);
    // Nothing that would need the script to work is shown: no field, no chip, no prompt to type.
    for (const inert of [
      'main form[role="search"]',
      '[data-search-filters] button',
      'main [data-search-status]',
    ]) {
      expect(await page.locator(inert).first().isVisible(), inert).toBe(false);
    }
    await page.close();
  });
});

import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, openPage } from '../helpers/browser';
import { buildOrFail, fixtureContent } from '../helpers/build-site';
import { ensureChromium } from '../helpers/find-chromium';
import { siteInBrowser } from '../helpers/site-in-browser';

const CHAPTER = 'explainer/port-overview.html';
const FIRST_CITE = '.prose sup.cite a >> nth=0';
const PASSAGE = 'The port authority said on Monday that inspections would double.';
const site = siteInBrowser(async () => (await buildOrFail(fixtureContent)).outDir);
const fileUrl = site.file;

describe('citation preview', () => {
  for (const scheme of ['http', 'file'] as const) {
    it(`shows the cited passage on hover and on focus, without leaving the page (${scheme})`, async () => {
      const url = scheme === 'http' ? `${site.url}/${CHAPTER}` : fileUrl(CHAPTER);
      const { page, problems } = await openPage(site.context, url);
      const tip = page.locator('#citation-preview');
      await page.hover(FIRST_CITE);
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.locator('.citation-preview-text').textContent()).toBe(PASSAGE);
      expect(await tip.locator('.citation-preview-meta').textContent()).toBe(
        'Passage 1 of “Port inspections to double, authority says”, March 2, 2024. Not recorded whether original or a rewrite.',
      );
      expect(await page.locator(FIRST_CITE).getAttribute('aria-describedby')).toBe('citation-preview');
      const box = await tip.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 1280).toBe(true);

      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
      expect(await page.locator(FIRST_CITE).getAttribute('aria-describedby')).toBeNull();

      await page.mouse.move(0, 0);
      await page.focus('.prose a[data-citation-preview="source-2"]');
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.locator('.citation-preview-text').textContent()).toBe('No timetable has been set.');
      expect(await tip.locator('.citation-preview-note').count()).toBe(0);
      await page.keyboard.press('Tab');
      await expect.poll(() => tip.isVisible()).toBe(false);
      expect(page.url()).toBe(url);

      // The link itself still goes to the passage.
      await page.click(FIRST_CITE);
      await page.waitForURL(/port-inspections\.html#p-port-authority-said-monday$/);
      expect(
        await page.locator('#p-port-authority-said-monday').evaluate((el) => el.matches(':target')),
      ).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('shows an editors’ note on the cited passage with it, as the source page does', async () => {
    const { page, problems } = await openPage(site.context, `${site.url}/explainer/about.html`);
    const tip = page.locator('#citation-preview');
    await page.hover('.prose a[data-citation-preview="source-2"]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.locator('.citation-preview-text').textContent()).toBe('Harbour cranes at dawn');
    expect(await tip.locator('.citation-preview-note').textContent()).toBe(
      'Editors’ note, not part of the document: A photo caption in the original; the photo itself was not received. <b>not bold</b>',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  // Touch has no hover: the first tap (before the script has even loaded) opens the preview with a
  // link to the passage, instead of leaving the chapter; that link goes there; a tap elsewhere closes it.
  it('on touch, the first tap opens the preview with its source and a link; the link then goes there', async () => {
    const context = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
    try {
      const touch = await context.newContext({
        hasTouch: true,
        isMobile: true,
        viewport: { width: 390, height: 844 },
      });
      const { page, problems } = await openPage(touch, `${site.url}/${CHAPTER}`);
      const tip = page.locator('#citation-preview');
      await page.tap(FIRST_CITE);
      await tip.waitFor({ state: 'visible' });
      expect(page.url()).toBe(`${site.url}/${CHAPTER}`);
      expect(await tip.locator('.citation-preview-text').textContent()).toBe(PASSAGE);
      expect(await tip.locator('.citation-preview-meta').textContent()).toMatch(
        /^Passage 1 of “Port inspections to double, authority says”/,
      );
      expect(await page.locator(FIRST_CITE).getAttribute('aria-expanded')).toBe('true');
      const open = tip.locator('a.citation-preview-open');
      expect(await open.textContent()).toBe('Open the passage');
      // Big enough to tap, and inside the phone's width.
      const box = await open.boundingBox();
      expect(box && box.height >= 44 && box.width >= 44).toBe(true);
      const whole = await tip.boundingBox();
      expect(whole && whole.x >= 0 && whole.x + whole.width <= 390).toBe(true);

      // A tap elsewhere closes it, and the page stays.
      await page.tap('h1');
      await expect.poll(() => tip.isVisible()).toBe(false);
      expect(page.url()).toBe(`${site.url}/${CHAPTER}`);

      // Another citation: its own passage; then its link goes to the passage.
      await page.tap('.prose a[data-citation-preview="source-2"] >> nth=0');
      await expect
        .poll(() => tip.locator('.citation-preview-text').textContent())
        .toBe('No timetable has been set.');
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
      await page.tap(FIRST_CITE);
      await open.waitFor({ state: 'visible' });
      await open.tap();
      await page.waitForURL(/port-inspections\.html#p-port-authority-said-monday$/);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript the citation is a plain link to the passage', async () => {
    const context = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
    try {
      const page = await (await context.newContext({ javaScriptEnabled: false })).newPage();
      await page.goto(fileUrl(CHAPTER));
      expect(await page.locator(FIRST_CITE).getAttribute('href')).toBe(
        '../documents/port-inspections.html#p-port-authority-said-monday',
      );
      await page.click(FIRST_CITE);
      await page.waitForURL(/port-inspections\.html#p-port-authority-said-monday$/);
    } finally {
      await context.close();
    }
  });
});

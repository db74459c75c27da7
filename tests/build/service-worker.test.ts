import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interact, launchBrowser, openPage, type Page, type TestBrowser } from '../helpers/browser';
import { type BuildResult, buildSite, projectRoot } from '../helpers/build-site';
import { fixtureSite } from '../helpers/fixture-site';
import { type StaticServer, serveStatic } from '../helpers/static-server';

const fixture = join(projectRoot, 'tests/fixtures/site/content');
const PORT = 'documents/port-inspections.html';
let first: BuildResult;
let second: BuildResult;
let browser: TestBrowser;
let server: StaticServer | undefined;

const manifestOf = async (dist: string) =>
  JSON.parse(/^self\.__OFFLINE__=(.*);$/m.exec(await readFile(join(dist, 'sw.js'), 'utf8'))?.[1] ?? '{}') as {
    version: string;
    files: string[];
  };

beforeAll(async () => {
  const changed = await mkdtemp(join(tmpdir(), 'explainer-sw-content-'));
  await cp(fixture, changed, { recursive: true });
  const doc = join(changed, 'documents/port-inspections.txt');
  await writeFile(doc, (await readFile(doc, 'utf8')).replace('would double.', 'would double from May.'));
  first = await buildSite(fixture);
  second = await buildSite(changed);
  for (const b of [first, second]) if (!b.ok) throw new Error(`fixture build failed:\n${b.output}`);
  browser = await launchBrowser();
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

const status = (page: Page, pattern: RegExp) =>
  page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('[data-offline-status]')?.textContent ?? ''),
    pattern.source,
    { timeout: 30_000 },
  );
// Names only: opening a cache that an update has just deleted would create it again.
const cacheNames = (page: Page) => page.evaluate(() => window.caches.keys());
// Opens each cache to count it, so only once the worker has settled.
const caches = (page: Page) =>
  page.evaluate(async () =>
    Promise.all(
      (await window.caches.keys()).map(async (name) => ({
        name,
        entries: (await (await window.caches.open(name)).keys()).length,
      })),
    ),
  );

describe('saving the site in the browser (service worker)', () => {
  it('saves every file of the build, serves them offline, and a new build replaces the old cache', async () => {
    const a = await manifestOf(first.outDir);
    const b = await manifestOf(second.outDir);
    expect(a.version).not.toBe(b.version);

    // One served folder, so the origin (and the worker's scope) stays the same across builds.
    const site = await mkdtemp(join(tmpdir(), 'explainer-sw-site-'));
    await cp(first.outDir, site, { recursive: true });
    server = await serveStatic(site);
    const port = Number(new URL(server.url).port);
    const { page, problems } = await openPage(browser.browser, `${server.url}/index.html`);
    // The controls' script comes with the reader's first move.
    await interact(page);
    // Before saving, the reader is told what it takes.
    await expect
      .poll(() => page.locator('[data-offline-save]').textContent())
      .toMatch(
        new RegExp(`^Save for offline reading in this browser \\(${a.files.length} files, \\d+ kB\\)$`),
      );
    await page.locator('[data-offline-save]').click();
    await status(page, /^Available offline: this browser has saved all \d+ files/);
    const saved = await caches(page);
    expect(saved).toEqual([{ name: `offline ${server.url}/ ${a.version}`, entries: a.files.length }]);
    expect(await page.locator('[data-offline-remove]').isVisible()).toBe(true);

    // The network goes away: pages and the source document still open, from the saved copy.
    await server.close();
    await page.goto(`${server.url}/${PORT}#p-no-timetable-set`);
    expect(await page.locator('#p-no-timetable-set .passage-text').textContent()).toBe(
      'No timetable has been set.',
    );
    await page.goto(`${server.url}/`);
    expect(await page.locator('h1').textContent()).toBe(fixtureSite.title);

    // A new build is published: the worker updates, saves it, and deletes the old cache.
    await rm(site, { recursive: true });
    await cp(second.outDir, site, { recursive: true });
    server = await serveStatic(site, port);
    await page.goto(`${server.url}/index.html`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    // waitForFunction would take an async predicate's promise as truthy: poll instead.
    await expect
      .poll(() => cacheNames(page), { timeout: 30_000 })
      .toEqual([`offline ${server.url}/ ${b.version}`]);
    await page.reload();
    await interact(page);
    await status(page, /^Available offline/);
    expect(await caches(page)).toEqual([
      { name: `offline ${server.url}/ ${b.version}`, entries: b.files.length },
    ]);
    await page.goto(`${server.url}/${PORT}`);
    expect(await page.locator('.passage-text').first().textContent()).toBe(
      'The port authority said on Monday that inspections would double from May.',
    );

    // Removing it leaves nothing behind.
    await interact(page);
    await page.locator('[data-offline-save]').waitFor({ state: 'attached' });
    await status(page, /^Available offline/);
    await page.locator('[data-offline-remove]').click();
    await status(page, /^Removed/);
    expect(await caches(page)).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(
      0,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows its save button only once its script can act on it, and never without script', async () => {
    const local = await serveStatic(first.outDir);
    try {
      const { page, problems } = await openPage(browser.browser, `${local.url}/index.html`);
      const save = page.locator('[data-offline-save]');
      // Before the reader's first move the script has not come: a tap would do nothing.
      expect(await save.isVisible()).toBe(false);
      await interact(page);
      await expect.poll(() => save.isVisible()).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
      const plain = await browser.browser.newPage();
      const cdp = await browser.browser.newCDPSession(plain);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await plain.goto(`${local.url}/index.html`);
      expect(await plain.locator('[data-offline-save]').isVisible()).toBe(false);
      // The archive needs no script, and stays.
      expect(await plain.locator('[data-offline] a[download]').isVisible()).toBe(true);
      await plain.close();
    } finally {
      await local.close();
    }
  });

  it('is never registered from disk, where the page says it is already a local copy', async () => {
    const { page, problems } = await openPage(browser.browser, `file://${join(first.outDir, 'index.html')}`);
    await interact(page);
    await status(page, /^You are reading a copy stored on this device/);
    expect(await page.locator('[data-offline-save]').isVisible()).toBe(false);
    expect(
      await page.evaluate(() => 'serviceWorker' in navigator && navigator.serviceWorker.controller),
    ).toBeFalsy();
    expect(problems).toEqual([]);
    await page.close();
  });
});

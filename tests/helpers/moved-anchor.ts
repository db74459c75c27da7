import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Waits until an old link to `id` has led to the page that now holds it (`path` tells that
 * page's address), and checks that the id is scrolled into view with no missing-anchor notice.
 */
export async function expectLandedOn(page: Page, id: string, path: (pathname: string) => boolean) {
  await page.waitForURL((u) => path(u.pathname) && u.hash === `#${id}`);
  await page.waitForLoadState('load');
  // Wherever the browser's jump to the fragment puts it, the id ends up in view.
  const target = page.locator(`[id="${id}"]`);
  const inView = async () => {
    const box = await target.boundingBox();
    return box !== null && box.y >= 0 && box.y < 900;
  };
  await expect.poll(inView, { timeout: 10_000 }).toBe(true);
  expect(await page.locator('.anchor-missing').count()).toBe(0);
}

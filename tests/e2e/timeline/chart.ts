import type { Page } from 'playwright-core';

/** How much time the chart shows, in milliseconds: its domain as the SVG records it. */
export const span = (page: Page) =>
  page.evaluate(() => {
    const [a = 0, b = 0] = (document.querySelector('svg.tl-svg')?.getAttribute('data-domain') ?? '')
      .split(' ')
      .map(Number);
    return b - a;
  });

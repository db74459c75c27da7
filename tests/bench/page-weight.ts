import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
  page: string;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  totalGzip: number;
  renderBlockingScripts: number;
}

/**
 * What a page costs before the reader does anything: the gzip bytes of every
 * HTML, CSS and JS response it loads on its own (inline CSS counts as HTML).
 */
export async function measurePageWeight(
  browser: Browser,
  baseUrl: string,
  path: string,
): Promise<PageWeight> {
  const page = await browser.newPage();
  const sizes = { html: 0, css: 0, js: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          const type = response.request().resourceType();
          const key =
            type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
          sizes[key] += gzipSync(body).length;
        })
        .catch(() => undefined),
    );
  });
  await page.goto(`${baseUrl}/${path}`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const renderBlockingScripts = await page.evaluate(
    () =>
      [...document.querySelectorAll('head script[src]')].filter(
        (s) => !s.hasAttribute('defer') && !s.hasAttribute('async') && s.getAttribute('type') !== 'module',
      ).length,
  );
  await page.close();
  return {
    page: path,
    htmlGzip: sizes.html,
    cssGzip: sizes.css,
    jsGzip: sizes.js,
    totalGzip: sizes.html + sizes.css + sizes.js,
    renderBlockingScripts,
  };
}

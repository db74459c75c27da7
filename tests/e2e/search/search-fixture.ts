import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { buildOrFail, fixtureContent, projectRoot } from '../../helpers/build-site';

/**
 * Builds the fixture site plus the search fixture's documents (another year,
 * another publisher), with the real config, pages and Pagefind index.
 */
export async function buildSearchFixture(): Promise<string> {
  const content = await mkdtemp(join(tmpdir(), 'explainer-search-content-'));
  await cp(fixtureContent, content, { recursive: true });
  await cp(join(projectRoot, 'tests/fixtures/search/documents'), join(content, 'documents'), {
    recursive: true,
  });
  const build = await buildOrFail(content);
  return build.outDir;
}

/** Every URL the context requests from now on. */
export function recordRequests(context: BrowserContext): { urls: string[]; stop: () => void } {
  const urls: string[] = [];
  const listener = (request: { url: () => string }) => urls.push(request.url());
  context.on('request', listener);
  return { urls, stop: () => context.off('request', listener) };
}

/** Waits until a search status line (header or page) says what it found. */
export async function searched(page: Page, selector: string, query: string): Promise<string> {
  const handle = await page.waitForFunction(
    ([sel, q]) => {
      const text = document.querySelector(sel as string)?.textContent ?? '';
      return text.includes(`“${q}”`) ? text : false;
    },
    [selector, query],
  );
  return (await handle.jsonValue()) as string;
}

export interface ShownResult {
  href: string;
  title: string;
  meta: string;
  sections: string[];
}

/** The results a container shows: each page link with its section links, in order. */
export function shownResults(page: Page, container: string): Promise<ShownResult[]> {
  return page.evaluate((sel) => {
    const pages = [...document.querySelectorAll(`${sel} a.search-hit--page`)];
    return pages.map((a) => {
      const group = a.parentElement as HTMLElement;
      return {
        href: (a as HTMLAnchorElement).href,
        title: a.querySelector('.search-hit__title')?.textContent ?? '',
        meta: a.querySelector('.search-hit__meta')?.textContent ?? '',
        sections: [...group.querySelectorAll('a.search-hit--section')].map(
          (s) => (s as HTMLAnchorElement).href,
        ),
      };
    });
  }, container);
}

/** A result URL's page, relative to the site root, without the highlight query. */
export function pageOf(href: string, root: string): string {
  return decodeURIComponent(href.slice(root.length).split(/[?#]/)[0] ?? '');
}

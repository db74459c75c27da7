import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type TestBrowser } from './browser';
import { type StaticServer, serveStatic } from './static-server';

export interface SiteInBrowser {
  /** The built site's folder. */
  dist: string;
  /** A fresh Chromium, with its own profile. */
  context: BrowserContext;
  /** The site over http, from a static server on 127.0.0.1. */
  url: string;
  /** A page of the site over http: `http('timeline.html#event-x')`. */
  http: (path: string) => string;
  /** The same page opened from disk (file://), its #fragment kept. */
  file: (path: string) => string;
}

/**
 * A built site opened in Chromium for one test file. Before all tests it finds
 * or builds the site (`locate`), then starts the browser and a static server on
 * it; after all, it closes both. Read the fields inside hooks and tests.
 */
export function siteInBrowser(locate: () => string | Promise<string>): SiteInBrowser {
  let browser: TestBrowser | undefined;
  let server: StaticServer | undefined;
  const site: SiteInBrowser = {
    dist: '',
    context: undefined as unknown as BrowserContext,
    url: '',
    http: (path) => `${site.url}/${path}`,
    file: (path) => {
      const [page = '', hash] = path.split('#');
      return `${pathToFileURL(join(site.dist, page)).href}${hash ? `#${hash}` : ''}`;
    },
  };
  beforeAll(async () => {
    site.dist = await locate();
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(site.dist)]);
    site.context = browser.browser;
    site.url = server.url;
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });
  return site;
}

import { OFFLINE_RUNTIME_GLOBAL, offlineScriptPath } from '../../lib/search/bundle-files';
import { HIGHLIGHT_PARAM } from './highlight';
import { loadScript } from './load-script';
import type { PagefindApi } from './pagefind-types';

/** The site root: the folder above `scripts/`, where the given script lives. */
export function siteRootOf(script: HTMLScriptElement | SVGScriptElement | null): string {
  const src = script instanceof HTMLScriptElement ? script.src : '';
  return new URL('../', src || document.baseURI).href;
}

let loaded: Promise<PagefindApi> | undefined;

/**
 * Pagefind's search API, loaded once per page. Over http, its own module from
 * `pagefind/`; from disk, the classic copy the build wrote to
 * `pagefind/offline/`, which reads the index from classic scripts too. Both
 * run without a worker, which from disk would be refused and over http would
 * cost one more download.
 */
export function loadPagefind(siteRoot: string): Promise<PagefindApi> {
  loaded ??= load(siteRoot);
  return loaded;
}

async function load(siteRoot: string): Promise<PagefindApi> {
  const bundle = new URL('pagefind/', siteRoot).href;
  let api: PagefindApi;
  if (location.protocol === 'file:') {
    await loadScript(new URL(offlineScriptPath('pagefind'), bundle).href);
    api = (window as unknown as Record<string, PagefindApi>)[OFFLINE_RUNTIME_GLOBAL] as PagefindApi;
  } else {
    api = (await import(/* webpackIgnore: true */ `${bundle}pagefind.js`)) as PagefindApi;
  }
  await api.options({
    basePath: bundle,
    // Result URLs stay root-relative; the interface resolves them against the site root.
    baseUrl: '/',
    noWorker: true,
    highlightParam: HIGHLIGHT_PARAM,
    excerptLength: 24,
    // A long source page must not lose to the short pages that quote it: page length counts little.
    ranking: { metaWeights: { title: 5, aliases: 5 }, pageLength: 0.2, termSaturation: 2 },
  });
  await api.init();
  return api;
}

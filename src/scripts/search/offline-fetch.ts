import { OFFLINE_CALLBACK, offlineScriptPath } from '../../lib/search/bundle-files';
import { loadScript } from './load-script';

/*
 * Pagefind's `fetch`, for pages opened from disk, where browsers refuse fetch()
 * of file:// URLs. The build writes each index file a second time as a classic
 * script that passes its bytes to a global callback; fetching a file loads that
 * script and answers with a Response made from those bytes. Bundled into the
 * offline copy of Pagefind's runtime in place of the global `fetch`.
 */

// This script is `pagefind/offline/pagefind.js`; the bundle folder is one up.
const bundleBase = new URL('../', (document.currentScript as HTMLScriptElement).src).href;
const received = new Map<string, Uint8Array<ArrayBuffer>>();
const pending = new Map<string, Promise<Response>>();

(window as unknown as Record<string, unknown>)[OFFLINE_CALLBACK] = (path: string, base64: string) => {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  received.set(path, bytes);
};

async function load(path: string): Promise<Response> {
  await loadScript(new URL(offlineScriptPath(path), bundleBase).href).catch(() => {
    throw new Error(`The search index file ${path} is missing: rebuild the site.`);
  });
  const bytes = received.get(path);
  if (!bytes) throw new Error(`The search index file ${path} is damaged: rebuild the site.`);
  return new Response(bytes);
}

export async function fetch(input: RequestInfo | URL): Promise<Response> {
  const url = new URL(String(input), bundleBase);
  url.search = '';
  url.hash = '';
  if (!url.href.startsWith(bundleBase)) throw new Error(`Not a search index file: ${url.href}`);
  const path = url.href.slice(bundleBase.length);
  let response = pending.get(path);
  if (!response) {
    response = load(path);
    pending.set(path, response);
  }
  // Each caller reads its own body.
  return (await response).clone();
}

import { cachePrefix, type PageMessage, type WorkerMessage } from './protocol';

// The DOM typings have no service-worker scope; these are the parts used here.
interface LifecycleEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEventLike extends LifecycleEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEventLike extends LifecycleEvent {
  data: PageMessage;
  source: { postMessage(message: WorkerMessage): void } | null;
}
interface WorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: {
    claim(): Promise<void>;
    matchAll(options: {
      includeUncontrolled: boolean;
      type: 'window';
    }): Promise<{ postMessage(message: WorkerMessage): void }[]>;
  };
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
  /** Written in front of this script at build time: the build's version and its files. */
  __OFFLINE__: { version: string; files: string[] };
}

const worker = self as unknown as WorkerScope;
const { version, files } = worker.__OFFLINE__;
const scope = worker.registration.scope;
const CACHE = `${cachePrefix(scope)}${version}`;
const BATCH = 6;

async function broadcast(message: WorkerMessage) {
  for (const client of await worker.clients.matchAll({ includeUncontrolled: true, type: 'window' })) {
    client.postMessage(message);
  }
}

/** Saves every file of this build, reporting progress; what an interrupted try saved is kept. */
async function precache() {
  const cache = await caches.open(CACHE);
  const saved = new Set((await cache.keys()).map((r) => r.url));
  const urls = files.map((f) => new URL(f, scope).href);
  let done = urls.filter((u) => saved.has(u)).length;
  const missing = urls.filter((u) => !saved.has(u));
  for (let i = 0; i < missing.length; i += BATCH) {
    await Promise.all(
      missing.slice(i, i + BATCH).map(async (url) => {
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        await cache.put(url, response);
        done++;
      }),
    );
    await broadcast({ type: 'offline-progress', version, done, total: urls.length });
  }
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    precache().then(
      () => worker.skipWaiting(),
      async (error: Error) => {
        await broadcast({ type: 'offline-failed', version, error: error.message });
        throw error;
      },
    ),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(cachePrefix(scope)) && name !== CACHE) await caches.delete(name);
      }
      await worker.clients.claim();
      await broadcast({ type: 'offline-ready', version, total: files.length });
    })(),
  );
});

/** Network first, so readers online always see the latest corrections; the saved copy when offline. */
async function respond(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const url = new URL(request.url);
    const key = url.pathname.endsWith('/') ? new URL('index.html', url).href : `${url.origin}${url.pathname}`;
    // match() with a cacheName, unlike open(), never re-creates a cache that an update deleted.
    const saved = await caches.match(key, { cacheName: CACHE, ignoreSearch: true });
    if (saved) return saved;
    if (request.mode !== 'navigate') throw error;
    return new Response(
      '<!doctype html><meta charset="utf-8"><title>Not saved</title><p>You are offline, and this page is not part of the saved copy of the site.</p>',
      { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
    );
  }
}

worker.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET' || !event.request.url.startsWith(scope)) return;
  event.respondWith(respond(event.request));
});

worker.addEventListener('message', (event) => {
  if (event.data?.type !== 'offline-status') return;
  event.waitUntil(
    (async () => {
      const cached = (await caches.has(CACHE)) ? (await (await caches.open(CACHE)).keys()).length : 0;
      event.source?.postMessage({ type: 'offline-status', version, cached, total: files.length });
    })(),
  );
});

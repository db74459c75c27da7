self.__OFFLINE__ = {
  version: 'f747d6a1a81eae91',
  files: [
    '404.html',
    'data/documents.json',
    'data/entities.json',
    'data/explainer.json',
    'data/timeline.csv',
    'data/timeline.json',
    'documents.html',
    'documents/audiencia-publica-tarifa.html',
    'documents/audiencia-publica-tarifa.txt',
    'documents/comision-aplaza-decision.html',
    'documents/comision-aplaza-decision.txt',
    'documents/subida-tarifa-agua.html',
    'documents/subida-tarifa-agua.txt',
    'entities.html',
    'entities/aguas-del-valle-norte.html',
    'entities/comision-regional-de-tarifas.html',
    'entities/federacion-vecinal.html',
    'entities/tarifa-social.html',
    'explainer.html',
    'explainer/la-subida.html',
    'explainer/los-vecinos.html',
    'index.html',
    'offline.json',
    'pagefind/filter/es_27817d9.pf_filter',
    'pagefind/filter/es_7b77899.pf_filter',
    'pagefind/filter/es_c2f5d44.pf_filter',
    'pagefind/fragment/es_2ffc3fe.pf_fragment',
    'pagefind/fragment/es_3ee0884.pf_fragment',
    'pagefind/fragment/es_44727dd.pf_fragment',
    'pagefind/fragment/es_489e50d.pf_fragment',
    'pagefind/fragment/es_57fcb9a.pf_fragment',
    'pagefind/fragment/es_589d2f3.pf_fragment',
    'pagefind/fragment/es_6030f25.pf_fragment',
    'pagefind/fragment/es_b1a478b.pf_fragment',
    'pagefind/fragment/es_ca5010f.pf_fragment',
    'pagefind/fragment/es_e28878b.pf_fragment',
    'pagefind/index/es_5afa9f9.pf_index',
    'pagefind/index/es_f2499fe.pf_index',
    'pagefind/offline/filter/es_27817d9.pf_filter.js',
    'pagefind/offline/filter/es_7b77899.pf_filter.js',
    'pagefind/offline/filter/es_c2f5d44.pf_filter.js',
    'pagefind/offline/fragment/es_2ffc3fe.pf_fragment.js',
    'pagefind/offline/fragment/es_3ee0884.pf_fragment.js',
    'pagefind/offline/fragment/es_44727dd.pf_fragment.js',
    'pagefind/offline/fragment/es_489e50d.pf_fragment.js',
    'pagefind/offline/fragment/es_57fcb9a.pf_fragment.js',
    'pagefind/offline/fragment/es_589d2f3.pf_fragment.js',
    'pagefind/offline/fragment/es_6030f25.pf_fragment.js',
    'pagefind/offline/fragment/es_b1a478b.pf_fragment.js',
    'pagefind/offline/fragment/es_ca5010f.pf_fragment.js',
    'pagefind/offline/fragment/es_e28878b.pf_fragment.js',
    'pagefind/offline/index/es_5afa9f9.pf_index.js',
    'pagefind/offline/index/es_f2499fe.pf_index.js',
    'pagefind/offline/pagefind-entry.json.js',
    'pagefind/offline/pagefind-highlight.js',
    'pagefind/offline/pagefind.es_709db2a56d.pf_meta.js',
    'pagefind/offline/pagefind.js',
    'pagefind/offline/wasm.es.pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind-highlight.js',
    'pagefind/pagefind.es_709db2a56d.pf_meta',
    'pagefind/pagefind.js',
    'pagefind/wasm.es.pagefind',
    'scripts/citation-preview.js',
    'scripts/links.js',
    'scripts/offline.js',
    'scripts/on-interaction.js',
    'scripts/search-hook.js',
    'scripts/search.js',
    'scripts/timeline.js',
    'search.html',
    'timeline.html',
  ],
};
('use strict');
(() => {
  var p = (e) => `offline ${e} `;
  var n = self,
    { version: r, files: h } = n.__OFFLINE__,
    l = n.registration.scope,
    o = `${p(l)}${r}`,
    y = 6;
  async function g(e) {
    for (const t of await n.clients.matchAll({ includeUncontrolled: !0, type: 'window' })) t.postMessage(e);
  }
  async function m() {
    let e = await caches.open(o),
      t = new Set((await e.keys()).map((s) => s.url)),
      a = h.map((s) => new URL(s, l).href),
      c = a.filter((s) => t.has(s)).length,
      i = a.filter((s) => !t.has(s));
    for (let s = 0; s < i.length; s += y)
      await Promise.all(
        i.slice(s, s + y).map(async (f) => {
          const d = await fetch(f, { cache: 'no-cache' });
          if (!d.ok) throw new Error(`${f} answered ${d.status}`);
          await e.put(f, d), c++;
        }),
      ),
        await g({ type: 'offline-progress', version: r, done: c, total: a.length });
  }
  n.addEventListener('install', (e) => {
    e.waitUntil(
      m().then(
        () => n.skipWaiting(),
        async (t) => {
          throw (await g({ type: 'offline-failed', version: r, error: t.message }), t);
        },
      ),
    );
  });
  n.addEventListener('activate', (e) => {
    e.waitUntil(
      (async () => {
        for (const t of await caches.keys()) t.startsWith(p(l)) && t !== o && (await caches.delete(t));
        await n.clients.claim(), await g({ type: 'offline-ready', version: r, total: h.length });
      })(),
    );
  });
  async function u(e) {
    try {
      return await fetch(e);
    } catch (t) {
      const a = new URL(e.url),
        c = a.pathname.endsWith('/') ? new URL('index.html', a).href : `${a.origin}${a.pathname}`,
        i = await caches.match(c, { cacheName: o, ignoreSearch: !0 });
      if (i) return i;
      if (e.mode !== 'navigate') throw t;
      return new Response(
        '<!doctype html><meta charset="utf-8"><title>Not saved</title><p>You are offline, and this page is not part of the saved copy of the site.</p>',
        { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
      );
    }
  }
  n.addEventListener('fetch', (e) => {
    e.request.method !== 'GET' || !e.request.url.startsWith(l) || e.respondWith(u(e.request));
  });
  n.addEventListener('message', (e) => {
    e.data?.type === 'offline-status' &&
      e.waitUntil(
        (async () => {
          const t = (await caches.has(o)) ? (await (await caches.open(o)).keys()).length : 0;
          e.source?.postMessage({ type: 'offline-status', version: r, cached: t, total: h.length });
        })(),
      );
  });
})();

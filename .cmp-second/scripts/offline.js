(() => {
  var k = (e) => `offline ${e} `;
  function x(e, t) {
    const u = new Intl.NumberFormat(t),
      d = new Intl.PluralRules(t),
      a = (i) => u.format(i),
      g = (i, s = {}) =>
        (e[i] ?? i).replace(/\{(\w+)\}/g, (l, L) => {
          const m = s[L];
          return m === void 0 ? l : typeof m == 'number' ? a(m) : m;
        });
    return (
      (g.number = a),
      (g.count = (i, s) => {
        const l = e[`count.${s}.${d.select(i)}`] ?? e[`count.${s}.other`];
        return l ? l.replace('{n}', a(i)) : `${a(i)} ${s}`;
      }),
      g
    );
  }
  var y;
  function M() {
    if (y) return y;
    const e = {};
    for (const t of document.querySelectorAll('script[data-ui-text]'))
      Object.assign(e, JSON.parse(t.textContent || '{}'));
    return ((y = x(e, document.documentElement.lang || 'en')), y);
  }
  var E = document.currentScript?.src ?? location.href,
    f = new URL('../', E),
    T = new URL('sw.js', f),
    o = document.querySelector('[data-offline]'),
    b = o?.querySelector('[data-offline-status]'),
    c = o?.querySelector('[data-offline-save]'),
    v = o?.querySelector('[data-offline-remove]'),
    h = o?.querySelector('[data-offline-browser]');
  function r(e, t) {
    !b ||
      !c ||
      !v ||
      !o ||
      ((b.textContent = e),
      (o.dataset.offlineState = t),
      (c.hidden = t === 'ready'),
      (c.disabled = t === 'busy'),
      (v.hidden = t !== 'ready'));
  }
  var n = M(),
    p = (e) => n.count(e, 'file');
  function W(e) {
    e.type === 'offline-progress'
      ? r(n('offline.progress', { done: e.done, files: p(e.total) }), 'busy')
      : e.type === 'offline-failed'
        ? r(n('offline.failedBecause', { error: e.error }), 'failed')
        : e.type === 'offline-ready'
          ? S()
          : e.type === 'offline-status' &&
            (e.cached >= e.total
              ? r(n('offline.ready', { files: p(e.total) }), 'ready')
              : r(n('offline.incomplete', { cached: e.cached, files: p(e.total) }), 'idle'));
  }
  async function S() {
    (await navigator.serviceWorker.getRegistration(f.href))?.active?.postMessage({ type: 'offline-status' });
  }
  function w(e) {
    e?.addEventListener('statechange', () => {
      e.state === 'redundant' && o?.dataset.offlineState === 'busy' && r(n('offline.failed'), 'failed');
    });
  }
  async function R(e) {
    try {
      const t = await fetch(new URL('offline.json', f)),
        { files: u, bytes: d } = await t.json(),
        a = (i, s, l) =>
          new Intl.NumberFormat(document.documentElement.lang || 'en', {
            style: 'unit',
            unit: s,
            maximumFractionDigits: l,
            minimumFractionDigits: l,
          }).format(i),
        g = d >= 1e6 ? a(d / 1e6, 'megabyte', 1) : a(Math.max(1, Math.round(d / 1e3)), 'kilobyte', 0);
      e.textContent = n('offline.saveSized', { files: p(u), size: g });
    } catch {}
  }
  async function H() {
    if (!o || !h || !c || !v) return;
    if (location.protocol === 'file:') {
      (o.dataset.offlineState = 'file'),
        b && (b.textContent = n('offline.local')),
        (h.hidden = !1),
        (c.hidden = !0);
      return;
    }
    if (!('serviceWorker' in navigator) || !('caches' in window) || !window.isSecureContext) return;
    (h.hidden = !1),
      R(c),
      navigator.serviceWorker.addEventListener('message', (t) => W(t.data)),
      navigator.serviceWorker.startMessages(),
      c.addEventListener('click', async () => {
        r(n('offline.saving'), 'busy');
        try {
          const t = await navigator.serviceWorker.register(T.href, { scope: f.href });
          w(t.installing), !t.installing && !t.waiting && (await S());
        } catch (t) {
          r(n('offline.failedShort', { error: t.message }), 'failed');
        }
      }),
      v.addEventListener('click', async () => {
        await (await navigator.serviceWorker.getRegistration(f.href))?.unregister();
        for (const u of await caches.keys()) u.startsWith(k(f.href)) && (await caches.delete(u));
        r(n('offline.removed'), 'idle');
      });
    const e = await navigator.serviceWorker.getRegistration(f.href);
    if (!e) return r('', 'idle');
    e.installing && (r(n('offline.updating'), 'busy'), w(e.installing)),
      e.addEventListener('updatefound', () => {
        r(n('offline.updatingLatest'), 'busy'), w(e.installing);
      }),
      e.active && (await S());
  }
  H();
})();

(() => {
  function H(t, e) {
    const n = new Intl.NumberFormat(e),
      o = new Intl.PluralRules(e),
      r = (c) => n.format(c),
      i = (c, s = {}) =>
        (t[c] ?? c).replace(/\{(\w+)\}/g, (u, l) => {
          const p = s[l];
          return p === void 0 ? u : typeof p == 'number' ? r(p) : p;
        });
    return (
      (i.number = r),
      (i.count = (c, s) => {
        const u = t[`count.${s}.${o.select(c)}`] ?? t[`count.${s}.other`];
        return u ? u.replace('{n}', r(c)) : `${r(c)} ${s}`;
      }),
      i
    );
  }
  var b;
  function a() {
    if (b) return b;
    const t = {};
    for (const e of document.querySelectorAll('script[data-ui-text]'))
      Object.assign(t, JSON.parse(e.textContent || '{}'));
    return ((b = H(t, document.documentElement.lang || 'en')), b);
  }
  var m;
  function w(t) {
    m ||
      ((m = document.createElement('div')),
      (m.className = 'visually-hidden'),
      m.setAttribute('role', 'status'),
      m.setAttribute('aria-live', 'polite'),
      (m.dataset.linkAnnouncer = ''),
      document.body.append(m));
    const e = m;
    (e.textContent = ''),
      window.setTimeout(() => {
        e.textContent = t;
      }, 50);
  }
  function _(t, e, n) {
    t.parentElement?.querySelector(':scope > .copy-fallback')?.remove();
    const o = document.createElement('span');
    o.className = 'copy-fallback';
    const r = document.createElement('input');
    (r.type = 'text'),
      (r.readOnly = !0),
      (r.value = e),
      r.setAttribute('aria-label', a()(n === 'Link' ? 'copy.linkField' : 'copy.citationField')),
      (r.size = Math.min(60, e.length));
    const i = document.createElement('span');
    (i.className = 'copy-fallback-hint'),
      (i.textContent = a()(/Mac|iPhone|iPad/.test(navigator.platform) ? 'copy.hintMac' : 'copy.hintOther')),
      o.append(r, i),
      t.insertAdjacentElement('afterend', o),
      r.focus(),
      r.select();
    const c = () => o.remove();
    r.addEventListener('keydown', (s) => {
      s.key === 'Escape' && (c(), t.focus());
    }),
      r.addEventListener('blur', () => window.setTimeout(c, 200)),
      w(a()(n === 'Link' ? 'copy.linkSelected' : 'copy.citationSelected', { hint: i.textContent }));
  }
  function P(t) {
    t.classList.add('is-copied'), window.setTimeout(() => t.classList.remove('is-copied'), 1600);
  }
  async function f(t, e, n, o) {
    const r = navigator.clipboard;
    if (r && typeof r.writeText == 'function')
      try {
        o && typeof ClipboardItem == 'function' && typeof r.write == 'function'
          ? await r.write([
              new ClipboardItem({
                'text/plain': new Blob([e], { type: 'text/plain' }),
                'text/html': new Blob([o], { type: 'text/html' }),
              }),
            ])
          : await r.writeText(e),
          P(t),
          w(a()(n === 'Link' ? 'copy.linkCopied' : 'copy.citationCopied'));
        return;
      } catch {}
    _(t, e, n);
  }
  function g() {
    return location.protocol === 'http:' || location.protocol === 'https:'
      ? location.origin + location.pathname
      : document.querySelector('link[rel="canonical"]')?.href ||
          location.href.split(/[?#]/)[0] ||
          location.href;
  }
  var h = (t) => `${g()}#${encodeURIComponent(t).replace(/%2F/g, '/')}`,
    X =
      '<svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16"><path fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 013.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 01-3.7-3.7L5.3 7.8"/></svg>';
  function x(t, e, n) {
    const o = document.createElement('button');
    (o.type = 'button'), (o.className = t), (o.innerHTML = X);
    const r = document.createElement('span');
    return (
      (r.className = 'copy-link-text'), (r.textContent = n), o.append(r), o.setAttribute('aria-label', e), o
    );
  }
  function G(t) {
    const e = t.dataset.citePermalink;
    if (!e) return;
    const n = e.includes('#') ? e.slice(e.indexOf('#')) : '',
      o = g() + n;
    if (o === e) return;
    const r = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);
    for (let c = r.nextNode(); c; c = r.nextNode())
      c.textContent?.includes(e) && (c.textContent = c.textContent.split(e).join(o));
    const i = t.querySelector('.cite-permalink');
    i && (i.href = o);
  }
  function O() {
    const e = new Intl.DateTimeFormat(document.documentElement.lang || 'en', { dateStyle: 'long' }).format(
      new Date(),
    );
    for (const n of document.querySelectorAll('[data-cite]')) {
      G(n);
      for (const o of n.querySelectorAll('[data-cite-accessed]')) o.textContent = e;
      for (const o of n.querySelectorAll('button[data-cite-copy]')) {
        const r = document.getElementById(o.dataset.citeCopy ?? '');
        r &&
          ((o.hidden = !1),
          o.addEventListener('click', () =>
            f(o, (r.textContent ?? '').replace(/\s+/g, ' ').trim(), 'Citation', r.innerHTML),
          ));
      }
    }
  }
  function E(t) {
    return encodeURIComponent(t).replace(/[-,&]/g, (e) => `%${e.charCodeAt(0).toString(16).toUpperCase()}`);
  }
  var T = (t) => t !== void 0 && /[\p{L}\p{N}]/u.test(t),
    v = (t) => t.split(/\s+/).filter(Boolean);
  function $(t, e, n, o = !1) {
    let r = e,
      i = n;
    for (; r > 0 && T(t[r - 1]) && T(t[r]); ) r--;
    for (; i < t.length && T(t[i - 1]) && T(t[i]); ) i++;
    const c = v(t.slice(r, i));
    if (c.length === 0) return;
    const s = v(t.slice(0, r)),
      u = v(t.slice(i)),
      l = [];
    return (
      o && s.length > 0 && l.push(`${E(s.slice(-3).join(' '))}-`),
      c.length <= 8
        ? l.push(E(c.join(' ')))
        : (l.push(E(c.slice(0, 4).join(' '))), l.push(E(c.slice(-4).join(' ')))),
      o && s.length === 0 && u.length > 0 && l.push(`-${E(u.slice(0, 3).join(' '))}`),
      `text=${l.join(',')}`
    );
  }
  function N(t, e) {
    const n = t.split(':~:')[0] ?? t;
    return `${n}${n.includes('#') ? '' : '#'}:~:${e}`;
  }
  function R(t) {
    const e = (t.startsWith('#') ? t.slice(1) : t).split(':~:')[0] ?? '';
    try {
      return decodeURIComponent(e);
    } catch {
      return e;
    }
  }
  var K = 'p, blockquote, li, dd, dt, figcaption, td, th, h1, h2, h3, h4, h5, h6',
    B = 'fragmentDirective' in document,
    d,
    C;
  function z(t) {
    for (let e = t instanceof Element ? t : t.parentElement; e; e = e.parentElement)
      if (e.id && e.querySelector(`a[data-self-link][href="#${CSS.escape(e.id)}"]`)) return e;
  }
  var I = (t, e, n) => {
      const o = document.createRange();
      return (o.setStart(t, 0), o.setEnd(e, n), o.toString().length);
    },
    q = (t) => t.replace(/\s+/g, ' ').trim().toLowerCase();
  function J(t) {
    let e = q(document.body.textContent ?? ''),
      n = 0;
    for (let o = e.indexOf(t); o !== -1 && n < 2; o = e.indexOf(t, o + 1)) n++;
    return n;
  }
  function S() {
    d && (d.hidden = !0), (C = void 0);
  }
  function Q() {
    const t = document.getSelection();
    if (!t || t.isCollapsed || t.rangeCount === 0) {
      S();
      return;
    }
    const e = t.getRangeAt(0),
      n = e.commonAncestorContainer,
      o = z(n),
      r = (n instanceof Element ? n : n.parentElement)?.closest(K);
    if (!o || !r || !o.contains(r)) {
      S();
      return;
    }
    const i = r.textContent ?? '',
      c = I(r, e.startContainer, e.startOffset),
      s = I(r, e.endContainer, e.endOffset),
      u = J(q(i.slice(c, s))) > 1,
      l = $(i, c, s, u);
    if (!l) {
      S();
      return;
    }
    if (((C = { url: B ? N(h(o.id), l) : h(o.id) }), !d)) {
      const M = a()(B ? 'copy.highlight' : 'copy.passage');
      (d = x('copy-highlight', M, M)),
        d.addEventListener('mousedown', (W) => W.preventDefault()),
        d.addEventListener('click', () => {
          C && d && f(d, C.url, 'Link');
        });
    }
    r.insertAdjacentElement('afterend', d), (d.hidden = !1);
    const p = e.getBoundingClientRect(),
      k = (d.offsetParent ?? document.body).getBoundingClientRect();
    (d.style.top = `${p.bottom - k.top + 6}px`),
      (d.style.left = `${Math.max(0, Math.min(p.left - k.left, k.width - 220))}px`);
  }
  function D() {
    let t = 0;
    document.addEventListener('selectionchange', () => {
      window.clearTimeout(t), (t = window.setTimeout(Q, 120));
    });
  }
  var A = 40,
    y,
    U = (t, e) => {
      const n = (t ?? '').replace(/\s+/g, ' ').trim().split(' ');
      return n.length > e ? `${n.slice(0, e).join(' ')}…` : n.join(' ');
    };
  function V() {
    const t = document.querySelector('main') ?? document.body,
      e = [...t.querySelectorAll('h2[id], h3[id]')].filter((n) => !n.closest('.anchor-missing'));
    return e.length >= 2
      ? e.map((n) => ({ id: n.id, label: U(n.textContent, 12) }))
      : [...t.querySelectorAll('[data-passage-id]')].map((n, o) => ({
          id: n.id,
          label: `¶${o + 1} ${U(n.querySelector('.passage-text')?.textContent ?? n.textContent, 10)}`,
        }));
  }
  function Y(t) {
    const e = document.createElement('section');
    (e.className = 'anchor-missing'),
      (e.tabIndex = -1),
      e.setAttribute('role', 'alert'),
      e.setAttribute('aria-labelledby', 'anchor-missing-title');
    const n = document.createElement('h2');
    (n.id = 'anchor-missing-title'), (n.textContent = a()('anchor.title'));
    const o = document.createElement('p');
    o.append(a()('anchor.before'));
    const r = document.createElement('code');
    (r.textContent = `#${t}`), o.append(r, a()('anchor.after'));
    const i = V();
    if ((o.append(a()(i.length ? 'anchor.contents' : 'anchor.start')), e.append(n, o), i.length)) {
      const c = document.createElement('ol');
      c.className = 'anchor-missing-contents';
      for (const s of i.slice(0, A)) {
        const u = document.createElement('li'),
          l = document.createElement('a');
        (l.href = `#${s.id}`), (l.textContent = s.label), u.append(l), c.append(u);
      }
      if ((e.append(c), i.length > A)) {
        const s = document.createElement('p');
        (s.textContent = a()('anchor.more', { n: i.length - A })), e.append(s);
      }
    }
    return e;
  }
  function L() {
    const t = R(location.hash),
      e = t !== '' && !document.getElementById(t) && !document.getElementsByName(t).length;
    if ((y?.remove(), (y = void 0), !e)) return;
    (y = Y(t)),
      (document.querySelector('main') ?? document.body).prepend(y),
      window.scrollTo(0, 0),
      y.focus({ preventScroll: !0 });
  }
  function F() {
    const t = g();
    for (const e of document.querySelectorAll('main a[href]')) {
      const n = e.getAttribute('href') ?? '';
      if (n.startsWith('#') || e.closest('sup, nav, [data-cite]') || e.hasAttribute('data-self-link'))
        continue;
      const o = /(^|\/)documents\/[^/]+\.html#/.test(n),
        r = /^https?:/.test(n);
      if (!o && !r) continue;
      const i = new URL(n, t).href;
      e.textContent?.trim() !== i && (e.dataset.printUrl = i);
    }
  }
  function Z(t, e) {
    const n = t.dataset.selfLink || t.getAttribute('aria-label')?.split(',')[0];
    if (n) return n.charAt(0).toLowerCase() + n.slice(1);
    const r = (document.getElementById(e)?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return r.length > 60 ? `${r.slice(0, 59)}…` : r || a()('copy.thisSection');
  }
  function j(t = document) {
    for (const e of t.querySelectorAll('a[data-self-link]')) {
      if (e.dataset.copyEnhanced) continue;
      const n = decodeURIComponent(e.getAttribute('href')?.replace(/^#/, '') ?? '');
      if (!n) continue;
      e.dataset.copyEnhanced = 'true';
      const o = x('copy-link', a()('copy.linkTo', { what: Z(e, n) }), a()('copy.link'));
      (o.dataset.copyLinkFor = n),
        o.addEventListener('click', () => f(o, h(n), 'Link')),
        e.insertAdjacentElement('afterend', o);
    }
  }
  j();
  D();
  O();
  F();
  if (location.protocol === 'file:') {
    const t = document.querySelector('[data-disk-note]');
    t && (t.hidden = !1);
  }
  document.readyState === 'complete' ? L() : window.addEventListener('load', L);
  window.addEventListener('hashchange', L);
})();

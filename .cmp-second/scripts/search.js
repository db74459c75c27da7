(() => {
  var Ce = Object.defineProperty;
  var Oe = (e, t, n) =>
    t in e ? Ce(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : (e[t] = n);
  var q = (e, t, n) => Oe(e, typeof t != 'symbol' ? t + '' : t, n);
  function ee(e, t) {
    const n = new Intl.NumberFormat(t),
      r = new Intl.PluralRules(t),
      s = (a) => n.format(a),
      o = (a, l = {}) =>
        (e[a] ?? a).replace(/\{(\w+)\}/g, (m, f) => {
          const c = l[f];
          return c === void 0 ? m : typeof c == 'number' ? s(c) : c;
        });
    return (
      (o.number = s),
      (o.count = (a, l) => {
        const m = e[`count.${l}.${r.select(a)}`] ?? e[`count.${l}.other`];
        return m ? m.replace('{n}', s(a)) : `${s(a)} ${l}`;
      }),
      o
    );
  }
  var _;
  function x() {
    if (_) return _;
    const e = {};
    for (const t of document.querySelectorAll('script[data-ui-text]'))
      Object.assign(e, JSON.parse(t.textContent || '{}'));
    return ((_ = ee(e, document.documentElement.lang || 'en')), _);
  }
  var G = ['chapter', 'person', 'organisation', 'group', 'place', 'term', 'event', 'source', 'home'];
  function P(e) {
    return G.includes(e);
  }
  function K(e, t, n, r) {
    return [...new Set([...Object.keys(e ?? {}).filter((o) => (e?.[o] ?? 0) > 0), ...t])]
      .sort(r)
      .map((o) => ({ value: o, label: n(o), count: e?.[o] ?? 0, pressed: t.includes(o) }));
  }
  var te = (e) => G.indexOf(e);
  function I(e, t, n = x()) {
    return K(
      e,
      t,
      (r) => (P(r) ? n(`kind.${r}.many`) : r),
      (r, s) => te(r) - te(s),
    ).filter((r) => P(r.value));
  }
  function re(e, t) {
    return K(
      e,
      t,
      (n) => n,
      (n, r) => r.localeCompare(n),
    );
  }
  function ne(e, t) {
    return K(
      e,
      t,
      (n) => n,
      (n, r) => n.localeCompare(r, 'en'),
    );
  }
  var oe = { query: '', types: [], years: [], documents: [], sort: 'relevance' },
    V = (e) => [...new Set(e)];
  function se(e) {
    const t = new URLSearchParams(e),
      n = t.get('sort');
    return {
      query: (t.get('q') ?? '').trim(),
      types: V(t.getAll('type').filter(P)),
      years: V(t.getAll('year').filter((r) => /^\d{4}$/.test(r))),
      documents: V(t.getAll('document').filter((r) => r.trim() !== '')),
      sort: n === 'newest' || n === 'oldest' ? n : 'relevance',
    };
  }
  function A(e) {
    const t = new URLSearchParams();
    e.query.trim() && t.set('q', e.query.trim());
    for (const r of e.types) t.append('type', r);
    for (const r of e.years) t.append('year', r);
    for (const r of e.documents) t.append('document', r);
    e.sort !== 'relevance' && t.set('sort', e.sort);
    const n = t.toString();
    return n ? `?${n}` : '';
  }
  function W(e) {
    return e
      .replace(/\p{S}+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  var $ = { type: 'types', year: 'years', document: 'documents' };
  function ae(e, t) {
    return { ...e, [$[t]]: [] };
  }
  function D(e) {
    const t = {};
    for (const [n, r] of Object.entries($)) {
      const s = e[r];
      s.length && (t[n] = { any: s });
    }
    return t;
  }
  function ie(e) {
    return e === 'newest' ? { date: 'desc' } : e === 'oldest' ? { date: 'asc' } : {};
  }
  function N(e) {
    return e.types.length + e.years.length + e.documents.length > 0;
  }
  function F(e, t) {
    return e.includes(t) ? e.filter((n) => n !== t) : [...e, t];
  }
  var ce = new Map();
  function le(e, t = 'en') {
    let n = ce.get(t);
    return (
      n || ((n = new Intl.DateTimeFormat(t, { dateStyle: 'long', timeZone: 'UTC' })), ce.set(t, n)),
      n.format(new Date(`${e}T00:00:00Z`))
    );
  }
  var qe = { '&lt;': '<', '&gt;': '>' };
  function ue(e) {
    const t = e[0],
      n = e.at(-1);
    if (!t || !n) return e;
    const r = e.map((s) => ({ ...s }));
    return (
      /^\s*\p{Ll}/u.test(t.text) && r.unshift({ text: '… ', marked: !1 }),
      /[.!?…"”’)\]]\s*$/u.test(n.text) || r.push({ text: ' …', marked: !1 }),
      r
    );
  }
  function pe(e) {
    let t = [],
      n = !1;
    for (const r of e.split(/(<mark>|<\/mark>)/))
      if (r === '<mark>') n = !0;
      else if (r === '</mark>') n = !1;
      else if (r !== '') {
        const s = r.replace(/&lt;|&gt;/g, (a) => qe[a] ?? a),
          o = t.at(-1);
        o && o.marked === n ? (o.text += s) : t.push({ text: s, marked: n });
      }
    return t;
  }
  function b(e, t, n) {
    const r = document.createElement(e);
    return ((r.className = t), n !== void 0 && (r.textContent = n), r);
  }
  function de(e) {
    const t = b('span', 'search-hit__excerpt');
    for (const n of ue(pe(e))) t.append(n.marked ? b('mark', '', n.text) : document.createTextNode(n.text));
    return t;
  }
  function me(e, t) {
    const n = b('a', t);
    return ((n.href = e), n);
  }
  function _e(e) {
    return [e.kind, e.date && le(e.date, document.documentElement.lang || 'en')].filter(Boolean).join(' · ');
  }
  function U(e) {
    const t = me(e.href, 'search-hit search-hit--page');
    t.append(b('span', 'search-hit__title', e.title));
    const n = _e(e);
    return (n && t.append(b('span', 'search-hit__meta', n)), e.excerpt && t.append(de(e.excerpt)), t);
  }
  function j(e) {
    const t = me(e.href, 'search-hit search-hit--section');
    return (t.append(b('span', 'search-hit__title', e.title)), e.excerpt && t.append(de(e.excerpt)), t);
  }
  function H(e, t, n) {
    const r = b('div', 'search-chips');
    r.setAttribute('role', 'group'),
      r.setAttribute('aria-label', e),
      r.append(b('span', 'search-chips__label', e));
    for (const s of t) {
      const o = b('button', 'search-chip');
      (o.type = 'button'),
        (o.dataset.value = s.value),
        o.setAttribute('aria-pressed', String(s.pressed)),
        o.append(s.label, b('span', 'search-chip__count', String(s.count))),
        o.addEventListener('click', () => n(s.value)),
        r.append(o);
    }
    return r;
  }
  function M(e, t, n = !1, r = x()) {
    const s = e === 0 ? r(n ? 'search.noneDated' : 'search.none') : r.count(e, n ? 'datedResult' : 'result');
    return t ? r('search.resultsFor', { results: s, query: t }) : s;
  }
  var Ie = 160,
    $e = 2,
    De = 5,
    Ne = 3;
  function Ue(e) {
    const t = (m) => e.querySelector(`[data-search-${m}]`),
      [n, r, s, o, a, l] = ['input', 'popup', 'listbox', 'filters', 'message', 'status'].map(t);
    return !(n instanceof HTMLInputElement) || !r || !s || !o || !a || !l
      ? null
      : { input: n, popup: r, listbox: s, filters: o, message: a, status: l };
  }
  function fe(e, t, n) {
    const r = x(),
      s = Ue(e);
    if (!s) return;
    const { input: o, popup: a, listbox: l, filters: m, message: f, status: c } = s;
    l.setAttribute('role', 'listbox'), l.setAttribute('aria-label', r('search.results'));
    let d = { ...oe },
      g = [],
      h = -1,
      k = 0,
      L = 0,
      p = (i) => {
        g[h]?.setAttribute('aria-selected', 'false'), (h = i);
        const y = g[i];
        if (!y) return o.removeAttribute('aria-activedescendant');
        y.setAttribute('aria-selected', 'true'),
          o.setAttribute('aria-activedescendant', y.id),
          y.scrollIntoView({ block: 'nearest' });
      },
      u = (i) => {
        (a.hidden = !i), o.setAttribute('aria-expanded', String(i)), i || p(-1);
      },
      S = (i, y) => (
        (i.id = y),
        (i.tabIndex = -1),
        i.setAttribute('role', 'option'),
        i.setAttribute('aria-selected', 'false'),
        g.push(i),
        i
      ),
      E = (i) => {
        clearTimeout(L), (f.textContent = i), (f.hidden = i === '');
      };
    function O(i) {
      const y = document.activeElement?.dataset.value;
      (g = []), (h = -1), o.removeAttribute('aria-activedescendant');
      const Fe = i.results.map((T, Y) => {
        const v = document.createElement('div');
        return (
          (v.className = 'search-group'),
          v.setAttribute('role', 'group'),
          v.setAttribute('aria-label', T.title),
          v.append(S(U(T), `site-search-${Y}`)),
          v.append(...T.sections.slice(0, Ne).map((He, Me) => S(j(He), `site-search-${Y}-${Me}`))),
          v
        );
      });
      if ((l.replaceChildren(...Fe), i.total > 0)) {
        const T = document.createElement('a');
        (T.className = 'search-all'),
          (T.href = n + A(i.state)),
          (T.textContent =
            i.total > i.results.length
              ? r('search.allOnPage', { results: r.count(i.total, 'result') })
              : r('search.openPage')),
          l.append(S(T, 'site-search-all'));
      }
      l.hidden = g.length === 0;
      const X = I(i.counts.type, d.types);
      m.replaceChildren(...(X.length > 1 || d.types.length ? [H(r('search.showOnly'), X, B)] : [])),
        y && m.querySelector(`[data-value="${CSS.escape(y)}"]`)?.focus(),
        E(i.total ? '' : M(0, i.state.query)),
        (c.textContent = M(i.total, i.state.query)),
        u(!0),
        requestAnimationFrame(() => setTimeout(() => performance.measure('search:results', 'search:start')));
    }
    async function R() {
      clearTimeout(k), performance.mark('search:start');
      const i = d;
      L = window.setTimeout(() => {
        E(r('search.searching')), u(!0);
      }, 300);
      try {
        const y = await t.search(i, De);
        y && i === d && O(y);
      } catch {
        E(r('search.unavailableDev')), (c.textContent = r('search.unavailableDev')), u(!0);
      }
    }
    function B(i) {
      (d = { ...d, types: F(d.types, i) }), R();
    }
    function w() {
      if (((d = { ...d, query: o.value.trim() }), clearTimeout(k), d.query.length < $e)) {
        clearTimeout(L), (c.textContent = ''), u(!1);
        return;
      }
      t.preload(d), (k = window.setTimeout(R, Ie));
    }
    o.addEventListener('input', w),
      o.addEventListener('focus', () => {
        d.query && g.length + (f.hidden ? 0 : 1) > 0 && u(!0);
      }),
      o.addEventListener('keydown', (i) => {
        const y = g.length;
        if ((i.key === 'ArrowDown' || i.key === 'ArrowUp') && y > 0)
          i.preventDefault(), u(!0), i.key === 'ArrowDown' ? p((h + 1) % y) : p(h <= 0 ? y - 1 : h - 1);
        else if (i.key === 'Enter' && h >= 0 && !a.hidden) i.preventDefault(), g[h]?.click();
        else if (i.key === 'Escape') {
          if (!a.hidden) u(!1);
          else if (o.value) (o.value = ''), w();
          else return;
          i.preventDefault();
        }
      }),
      e.addEventListener('submit', (i) => {
        i.preventDefault(), (window.location.href = n + A({ ...d, query: o.value.trim() }));
      }),
      e.addEventListener('focusout', () =>
        setTimeout(() => {
          e.contains(document.activeElement) || u(!1);
        }),
      ),
      t.ready().catch(() => {}),
      o.value.trim() && w();
  }
  var he = 'explainerPagefind';
  function J(e) {
    return `offline/${e}.js`;
  }
  function z(e) {
    return new Promise((t, n) => {
      const r = document.createElement('script');
      (r.src = e),
        (r.async = !0),
        r.addEventListener('load', () => {
          r.remove(), t();
        }),
        r.addEventListener('error', () => {
          r.remove(), n(new Error(`could not load ${e}`));
        }),
        document.head.append(r);
    });
  }
  var ge = 'highlight';
  function ye(e) {
    const t = e instanceof HTMLScriptElement ? e.src : '';
    return new URL('../', t || document.baseURI).href;
  }
  var Q;
  function Se(e) {
    return (Q ?? (Q = je(e)), Q);
  }
  async function je(e) {
    let t = new URL('pagefind/', e).href,
      n;
    return (
      location.protocol === 'file:'
        ? (await z(new URL(J('pagefind'), t).href), (n = window[he]))
        : (n = await import(`${t}pagefind.js`)),
      await n.options({
        basePath: t,
        baseUrl: '/',
        noWorker: !0,
        highlightParam: ge,
        excerptLength: 24,
        ranking: { metaWeights: { title: 5, aliases: 5 } },
      }),
      await n.init(),
      n
    );
  }
  var Be = 160,
    xe = 10,
    Ge = 5;
  function be(e) {
    const t = document.createElement('li');
    (t.className = 'search-result'), t.append(U(e));
    const n = e.sections.slice(0, Ge);
    if (n.length) {
      const r = document.createElement('ul');
      r.className = 'search-result__sections';
      for (const s of n) {
        const o = document.createElement('li');
        o.append(j(s)), r.append(o);
      }
      t.append(r);
    }
    return t;
  }
  function we(e, t, n, r) {
    const s = document.createElement('label');
    (s.className = 'search-select'), s.append(e);
    const o = document.createElement('select');
    o.dataset.value = t;
    for (const [a, l] of n) o.add(new Option(l, a, !1, a === r));
    return (s.append(o), s);
  }
  function Ke(e, t) {
    const n = e.querySelector('input[name="q"]'),
      [r, s, o, a] = ['filters', 'status', 'results', 'more'].map((l) =>
        t.querySelector(`[data-search-${l}]`),
      );
    return !(n instanceof HTMLInputElement) || !r || !s || !o || !(a instanceof HTMLButtonElement)
      ? null
      : { input: n, filters: r, status: s, list: o, more: a };
  }
  function Te(e, t, n) {
    const r = x(),
      s = Ke(e, t);
    if (!s) return;
    let { input: o, filters: a, status: l, list: m, more: f } = s,
      c = se(location.search),
      d = null,
      g = 0;
    o.value = c.query;
    const h = (p, u = 0) => {
      (c = p),
        history.replaceState(null, '', A(c) || location.pathname),
        clearTimeout(g),
        u ? (n.preload(c), (g = window.setTimeout(L, u))) : L();
    };
    function k(p) {
      const u = document.activeElement?.dataset.value,
        S = [],
        E = I(p.type, c.types);
      E.length && S.push(H(r('search.kind'), E, (w) => h({ ...c, types: F(c.types, w) })));
      const O = re(p.year, c.years);
      O.length && S.push(H(r('search.year'), O, (w) => h({ ...c, years: F(c.years, w) })));
      const R = ne(p.document, c.documents);
      if (R.length) {
        const w = [['', r('search.allDocuments')], ...R.map((i) => [i.value, `${i.label} (${i.count})`])];
        S.push(we(r('search.document'), 'document', w, c.documents[0] ?? ''));
      }
      const B = [
        ['relevance', r('search.bestMatch')],
        ['newest', r('search.newest')],
        ['oldest', r('search.oldest')],
      ];
      S.push(we(r('search.order'), 'sort', B, c.sort)),
        a.replaceChildren(...S),
        u && a.querySelector(`[data-value="${CSS.escape(u)}"]`)?.focus();
    }
    async function L() {
      const p = c;
      try {
        const u = await n.search(p, xe);
        if (!u || p !== c) return;
        (d = u), k(u.counts), m.replaceChildren(...u.results.map(be));
        const S = !c.query && !N(c),
          E = c.sort !== 'relevance';
        (l.textContent = S ? r('search.prompt') : M(u.total, c.query, E)),
          (f.hidden = u.results.length >= u.total);
      } catch {
        l.textContent = r('search.unavailable');
      }
    }
    o.addEventListener('input', () => h({ ...c, query: o.value.trim() }, Be)),
      e.addEventListener('submit', (p) => {
        p.preventDefault(), h({ ...c, query: o.value.trim() });
      }),
      a.addEventListener('change', (p) => {
        const u = p.target;
        u.dataset.value === 'sort' && h({ ...c, sort: u.value }),
          u.dataset.value === 'document' && h({ ...c, documents: u.value ? [u.value] : [] });
      }),
      f.addEventListener('click', async () => {
        const p = d;
        if (!p) return;
        const u = await p.more(xe);
        if (p !== d) return;
        const S = m.children.length;
        m.append(...u.map(be)),
          (f.hidden = m.children.length >= p.total),
          m.children[S]?.querySelector('a')?.focus();
      }),
      t.addEventListener('keydown', (p) => Ee(p, m, o)),
      o.addEventListener('keydown', (p) => Ee(p, m, o)),
      L();
  }
  function Ee(e, t, n) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Escape') return;
    const r = [...t.querySelectorAll('a.search-hit')],
      s = r.indexOf(document.activeElement);
    if ((e.target === n && e.key !== 'ArrowDown') || (e.target !== n && s === -1)) return;
    e.preventDefault(), e.stopPropagation();
    const o = e.key === 'Escape' ? -1 : e.key === 'ArrowDown' ? s + 1 : s - 1;
    (o < 0 ? n : (r[Math.min(o, r.length - 1)] ?? n)).focus();
  }
  function Ve(e, t) {
    let n = [...new Set(e.locations)].sort((a, l) => a - l),
      r = new Set(n.map((a) => We(t[a] ?? ''))).size,
      s = 0;
    for (let a = 1; a < n.length; a++) n[a] === (n[a - 1] ?? -2) + 1 && s++;
    const o = e.weighted_locations.reduce((a, l) => a + l.balanced_score, 0);
    return [r, s, o];
  }
  function We(e) {
    return e.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  }
  function Je(e, t) {
    return t[0] - e[0] || t[1] - e[1] || t[2] - e[2];
  }
  function ze(e) {
    return e.includes('​') ? e.split('​') : e.split(/[\r\n\s]+/g);
  }
  function Le(e, t) {
    const n = ze(t);
    return e
      .map((r, s) => ({ section: r, order: s, score: Ve(r, n) }))
      .sort((r, s) => Je(r.score, s.score) || r.order - s.order)
      .map((r) => r.section);
  }
  function Pe(e, t) {
    return new URL(e.replace(/^\/+/, ''), t).href;
  }
  var Qe = (e, t) => e.trim().toLocaleLowerCase() === t.trim().toLocaleLowerCase();
  function ve(e, t, n = x()) {
    const r = e.filters.type?.[0] ?? '',
      s = e.meta.title?.trim() || n('search.untitled'),
      o = Le(e.sub_results, e.raw_content ?? e.content),
      a = (f) => !f.anchor || Qe(f.title, s),
      l = o.filter((f) => !a(f)),
      m = o.find(a);
    return {
      title: s,
      href: Pe(e.url, t),
      kind: P(r) ? n(`kind.${r}.one`) : '',
      date: e.meta.date ?? '',
      excerpt: m?.excerpt ?? (l.length ? '' : e.excerpt),
      sections: l.map((f) => ({ title: f.title, href: Pe(f.url, t), excerpt: f.excerpt })),
    };
  }
  var Ze = 4,
    C = class {
      constructor(t, n) {
        q(this, 'siteRoot', t);
        q(this, 'counted', n);
        q(this, 'latest', 0);
      }
      ready() {
        return Se(this.siteRoot);
      }
      preload(t) {
        const n = W(t.query);
        (n.split(' ').at(-1) ?? '').length < Ze ||
          this.ready()
            .then((r) => r.preload(n, { filters: D(t) }))
            .catch(() => {});
      }
      async counts(t, n, r, s) {
        const o = {};
        for (const a of this.counted)
          if (!n[$[a]].length) o[a] = s[a] ?? {};
          else {
            const l = await t.search(r, { filters: D(ae(n, a)) });
            o[a] = l?.filters[a] ?? {};
          }
        return o;
      }
      async search(t, n) {
        const r = ++this.latest,
          s = await this.ready();
        if (r !== this.latest) return null;
        const o = t.query ? W(t.query) : null;
        await s.preload(o, { filters: Object.fromEntries(this.counted.map((d) => [d, { any: [] }])) });
        const a = await s.search(o, { filters: D(t), sort: ie(t.sort) });
        if (!a || r !== this.latest) return null;
        if (!t.query && !N(t))
          return { state: t, total: 0, results: [], counts: a.filters, more: async () => [] };
        const l = async (d, g) =>
            (await Promise.all(a.results.slice(d, d + g).map((h) => h.data()))).map((h) =>
              ve(h, this.siteRoot),
            ),
          [m, f] = await Promise.all([l(0, n), this.counts(s, t, o, a.filters)]);
        if (r !== this.latest) return null;
        let c = m.length;
        return {
          state: t,
          total: a.results.length,
          results: m,
          counts: f,
          more: async (d) => {
            const g = await l(c, d);
            return ((c += g.length), g);
          },
        };
      }
    };
  var Z = ye(document.currentScript),
    Xe = new URL('search.html', Z).href,
    ke = document.querySelector('form[data-search="header"]');
  ke && fe(ke, new C(Z, ['type']), Xe);
  var Re = document.querySelector('form[data-search="page"]'),
    Ae = document.querySelector('[data-search-output]');
  Re && Ae && Te(Re, Ae, new C(Z, ['type', 'year', 'document']));
})();

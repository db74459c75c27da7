(() => {
  var Te = Object.defineProperty;
  var Oe = (e, t) => {
    for (var r in t) Te(e, r, { get: t[r], enumerable: !0 });
  };
  var we = 'explainerPagefindFile';
  function _e(e) {
    return `offline/${e}.js`;
  }
  function me(e) {
    return new Promise((t, r) => {
      const n = document.createElement('script');
      (n.src = e),
        (n.async = !0),
        n.addEventListener('load', () => {
          n.remove(), t();
        }),
        n.addEventListener('error', () => {
          n.remove(), r(new Error(`could not load ${e}`));
        }),
        document.head.append(n);
    });
  }
  var le = new URL('../', document.currentScript.src).href,
    be = new Map(),
    ye = new Map();
  window[we] = (e, t) => {
    const r = atob(t),
      n = new Uint8Array(r.length);
    for (let i = 0; i < r.length; i++) n[i] = r.charCodeAt(i);
    be.set(e, n);
  };
  async function Re(e) {
    await me(new URL(_e(e), le).href).catch(() => {
      throw new Error(`The search index file ${e} is missing: rebuild the site.`);
    });
    const t = be.get(e);
    if (!t) throw new Error(`The search index file ${e} is damaged: rebuild the site.`);
    return new Response(t);
  }
  async function Q(e) {
    const t = new URL(String(e), le);
    if (((t.search = ''), (t.hash = ''), !t.href.startsWith(le)))
      throw new Error(`Not a search index file: ${t.href}`);
    let r = t.href.slice(le.length),
      n = ye.get(r);
    return (n || ((n = Re(r)), ye.set(r, n)), (await n).clone());
  }
  var pe = {};
  Oe(pe, {
    createInstance: () => Ft,
    debouncedSearch: () => Pt,
    destroy: () => yt,
    filters: () => kt,
    init: () => mt,
    mergeIndex: () => bt,
    options: () => _t,
    preload: () => xt,
    search: () => vt,
  });
  var Be = '1.6.0',
    Ne = ((e) => {
      let t;
      typeof document < 'u' &&
        document.currentScript !== null &&
        (t = new URL('UNHANDLED', location.href).toString());
      function r(s, a) {
        const c = L(a, d.__wbindgen_malloc, d.__wbindgen_realloc),
          u = k;
        return d.add_synthetic_filter(s, c, u) >>> 0;
      }
      e.add_synthetic_filter = r;
      function n(s) {
        return d.enter_playground_mode(s) >>> 0;
      }
      e.enter_playground_mode = n;
      function i(s) {
        let a, c;
        try {
          const u = d.filters(s);
          return ((a = u[0]), (c = u[1]), S(u[0], u[1]));
        } finally {
          d.__wbindgen_free(a, c, 1);
        }
      }
      e.filters = i;
      function h(s) {
        const a = T(s, d.__wbindgen_malloc),
          c = k;
        return d.init_pagefind(a, c) >>> 0;
      }
      e.init_pagefind = h;
      function w(s, a) {
        const c = T(a, d.__wbindgen_malloc),
          u = k;
        return d.load_filter_chunk(s, c, u) >>> 0;
      }
      e.load_filter_chunk = w;
      function f(s, a) {
        const c = T(a, d.__wbindgen_malloc),
          u = k;
        return d.load_index_chunk(s, c, u) >>> 0;
      }
      e.load_index_chunk = f;
      function l(s) {
        let a, c;
        try {
          const u = d.request_all_filter_indexes(s);
          return ((a = u[0]), (c = u[1]), S(u[0], u[1]));
        } finally {
          d.__wbindgen_free(a, c, 1);
        }
      }
      e.request_all_filter_indexes = l;
      function o(s, a) {
        let c, u;
        try {
          const m = L(a, d.__wbindgen_malloc, d.__wbindgen_realloc),
            g = k,
            y = d.request_filter_indexes(s, m, g);
          return ((c = y[0]), (u = y[1]), S(y[0], y[1]));
        } finally {
          d.__wbindgen_free(c, u, 1);
        }
      }
      e.request_filter_indexes = o;
      function _(s, a) {
        let c, u;
        try {
          const m = L(a, d.__wbindgen_malloc, d.__wbindgen_realloc),
            g = k,
            y = d.request_indexes(s, m, g);
          return ((c = y[0]), (u = y[1]), S(y[0], y[1]));
        } finally {
          d.__wbindgen_free(c, u, 1);
        }
      }
      e.request_indexes = _;
      function b(s, a, c, u, m, g, y) {
        let E, W;
        try {
          const X = L(a, d.__wbindgen_malloc, d.__wbindgen_realloc),
            H = k,
            ne = L(c, d.__wbindgen_malloc, d.__wbindgen_realloc),
            ie = k,
            ae = L(u, d.__wbindgen_malloc, d.__wbindgen_realloc),
            se = k,
            je = L(m, d.__wbindgen_malloc, d.__wbindgen_realloc),
            De = k,
            oe = d.search(s, X, H, ne, ie, ae, se, je, De, g, y);
          return ((E = oe[0]), (W = oe[1]), S(oe[0], oe[1]));
        } finally {
          d.__wbindgen_free(E, W, 1);
        }
      }
      e.search = b;
      function F(s, a) {
        const c = L(a, d.__wbindgen_malloc, d.__wbindgen_realloc),
          u = k;
        return d.set_ranking_weights(s, c, u) >>> 0;
      }
      e.set_ranking_weights = F;
      function P() {
        return {
          __proto__: null,
          './pagefind_web_bg.js': {
            __proto__: null,
            __wbindgen_init_externref_table: () => {
              const a = d.__wbindgen_externrefs,
                c = a.grow(4);
              a.set(0, void 0), a.set(c + 0, void 0), a.set(c + 1, null), a.set(c + 2, !0), a.set(c + 3, !1);
            },
          },
        };
      }
      function S(s, a) {
        return q(s >>> 0, a);
      }
      let I = null;
      function x() {
        return ((I === null || I.byteLength === 0) && (I = new Uint8Array(d.memory.buffer)), I);
      }
      function T(s, a) {
        const c = a(s.length * 1, 1) >>> 0;
        return (x().set(s, c / 1), (k = s.length), c);
      }
      function L(s, a, c) {
        if (c === void 0) {
          const E = D.encode(s),
            W = a(E.length, 1) >>> 0;
          return (
            x()
              .subarray(W, W + E.length)
              .set(E),
            (k = E.length),
            W
          );
        }
        let u = s.length,
          m = a(u, 1) >>> 0,
          g = x(),
          y = 0;
        for (; y < u; y++) {
          const E = s.charCodeAt(y);
          if (E > 127) break;
          g[m + y] = E;
        }
        if (y !== u) {
          y !== 0 && (s = s.slice(y)), (m = c(m, u, (u = y + s.length * 3), 1) >>> 0);
          const E = x().subarray(m + y, m + u),
            W = D.encodeInto(s, E);
          (y += W.written), (m = c(m, u, y, 1) >>> 0);
        }
        return ((k = y), m);
      }
      const O = new TextDecoder('utf-8', { ignoreBOM: !0, fatal: !0 });
      O.decode();
      function q(s, a) {
        return O.decode(x().subarray(s, s + a));
      }
      const D = new TextEncoder();
      'encodeInto' in D ||
        (D.encodeInto = (s, a) => {
          const c = D.encode(s);
          return (a.set(c), { read: s.length, written: c.length });
        });
      let k = 0,
        R,
        $,
        d;
      function z(s, a) {
        return (($ = s), (d = s.exports), (R = a), (I = null), d.__wbindgen_start(), d);
      }
      async function Y(s, a) {
        if (typeof Response == 'function' && s instanceof Response) {
          if (!s.ok) throw new Error(`failed to fetch Wasm: ${s.status} ${s.statusText} fetching '${s.url}'`);
          if (typeof WebAssembly.instantiateStreaming == 'function')
            try {
              return await WebAssembly.instantiateStreaming(s, a);
            } catch (m) {
              if (c(s.type) && s.headers.get('Content-Type') !== 'application/wasm')
                console.warn(
                  '`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n',
                  m,
                );
              else throw m;
            }
          const u = await s.arrayBuffer();
          return await WebAssembly.instantiate(u, a);
        } else {
          const u = await WebAssembly.instantiate(s, a);
          return u instanceof WebAssembly.Instance ? { instance: u, module: s } : u;
        }
        function c(u) {
          switch (u) {
            case 'basic':
            case 'cors':
            case 'default':
              return !0;
          }
          return !1;
        }
      }
      function J(s) {
        if (d !== void 0) return d;
        s !== void 0 &&
          (Object.getPrototypeOf(s) === Object.prototype
            ? ({ module: s } = s)
            : console.warn('using deprecated parameters for `initSync()`; pass a single object instead'));
        const a = P();
        s instanceof WebAssembly.Module || (s = new WebAssembly.Module(s));
        const c = new WebAssembly.Instance(s, a);
        return z(c, s);
      }
      async function U(s) {
        if (d !== void 0) return d;
        s !== void 0 &&
          (Object.getPrototypeOf(s) === Object.prototype
            ? ({ module_or_path: s } = s)
            : console.warn(
                'using deprecated parameters for the initialization function; pass a single object instead',
              )),
          s === void 0 && t !== void 0 && (s = t.replace(/\.js$/, '_bg.wasm'));
        const a = P();
        (typeof s == 'string' ||
          (typeof Request == 'function' && s instanceof Request) ||
          (typeof URL == 'function' && s instanceof URL)) &&
          (s = Q(s));
        const { instance: c, module: u } = await Y(await s, a);
        return z(c, u);
      }
      return Object.assign(U, { initSync: J }, e);
    })({ __proto__: null }),
    qe = Object.defineProperty,
    ze = (e, t, r) =>
      t in e ? qe(e, t, { enumerable: !0, configurable: !0, writable: !0, value: r }) : (e[t] = r),
    p = (e, t, r) => ze(e, typeof t != 'symbol' ? t + '' : t, r),
    M = Uint8Array,
    G = Uint16Array,
    xe = Uint32Array,
    ke = new M([
      0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, 0, 0, 0,
    ]),
    Fe = new M([
      0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 0, 0,
    ]),
    Je = new M([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]),
    Se = (e, t) => {
      for (var r = new G(31), n = 0; n < 31; ++n) r[n] = t += 1 << e[n - 1];
      for (var i = new xe(r[30]), n = 1; n < 30; ++n)
        for (var h = r[n]; h < r[n + 1]; ++h) i[h] = ((h - r[n]) << 5) | n;
      return [r, i];
    },
    $e = Se(ke, 2),
    Ee = $e[0],
    Ge = $e[1];
  (Ee[28] = 258), (Ge[258] = 28);
  var Le = Se(Fe, 0),
    Ke = Le[0],
    Ct = Le[1],
    de = new G(32768);
  for (v = 0; v < 32768; ++v)
    (B = ((v & 43690) >>> 1) | ((v & 21845) << 1)),
      (B = ((B & 52428) >>> 2) | ((B & 13107) << 2)),
      (B = ((B & 61680) >>> 4) | ((B & 3855) << 4)),
      (de[v] = (((B & 65280) >>> 8) | ((B & 255) << 8)) >>> 1);
  var B,
    v,
    ee = (e, t, r) => {
      for (var n = e.length, i = 0, h = new G(t); i < n; ++i) e[i] && ++h[e[i] - 1];
      var w = new G(t);
      for (i = 0; i < t; ++i) w[i] = (w[i - 1] + h[i - 1]) << 1;
      var f;
      if (r) {
        f = new G(1 << t);
        var l = 15 - t;
        for (i = 0; i < n; ++i)
          if (e[i])
            for (
              var o = (i << 4) | e[i], _ = t - e[i], b = w[e[i] - 1]++ << _, F = b | ((1 << _) - 1);
              b <= F;
              ++b
            )
              f[de[b] >>> l] = o;
      } else for (f = new G(n), i = 0; i < n; ++i) e[i] && (f[i] = de[w[e[i] - 1]++] >>> (15 - e[i]));
      return f;
    },
    re = new M(288);
  for (v = 0; v < 144; ++v) re[v] = 8;
  var v;
  for (v = 144; v < 256; ++v) re[v] = 9;
  var v;
  for (v = 256; v < 280; ++v) re[v] = 7;
  var v;
  for (v = 280; v < 288; ++v) re[v] = 8;
  var v,
    We = new M(32);
  for (v = 0; v < 32; ++v) We[v] = 5;
  var v,
    Qe = ee(re, 9, 1),
    Ve = ee(We, 5, 1),
    he = (e) => {
      for (var t = e[0], r = 1; r < e.length; ++r) e[r] > t && (t = e[r]);
      return t;
    },
    j = (e, t, r) => {
      var n = (t / 8) | 0;
      return ((e[n] | (e[n + 1] << 8)) >> (t & 7)) & r;
    },
    fe = (e, t) => {
      var r = (t / 8) | 0;
      return (e[r] | (e[r + 1] << 8) | (e[r + 2] << 16)) >> (t & 7);
    },
    Ye = (e) => ((e + 7) / 8) | 0,
    Xe = (e, t, r) => {
      (t == null || t < 0) && (t = 0), (r == null || r > e.length) && (r = e.length);
      var n = new (e.BYTES_PER_ELEMENT == 2 ? G : e.BYTES_PER_ELEMENT == 4 ? xe : M)(r - t);
      return (n.set(e.subarray(t, r)), n);
    },
    He = [
      'unexpected EOF',
      'invalid block type',
      'invalid length/literal',
      'invalid distance',
      'stream finished',
      'no stream handler',
      ,
      'no callback',
      'invalid UTF-8 data',
      'extra field too long',
      'date not in range 1980-2099',
      'filename too long',
      'stream finishing',
      'invalid zip data',
    ],
    N = (e, t, r) => {
      var n = new Error(t || He[e]);
      if (((n.code = e), Error.captureStackTrace && Error.captureStackTrace(n, N), !r)) throw n;
      return n;
    },
    Ze = (e, t, r) => {
      var n = e.length;
      if (!n || (r && r.f && !r.l)) return t || new M(0);
      var i = !t || r,
        h = !r || r.i;
      r || (r = {}), t || (t = new M(n * 3));
      var w = (ie) => {
          var ae = t.length;
          if (ie > ae) {
            var se = new M(Math.max(ae * 2, ie));
            se.set(t), (t = se);
          }
        },
        f = r.f || 0,
        l = r.p || 0,
        o = r.b || 0,
        _ = r.l,
        b = r.d,
        F = r.m,
        P = r.n,
        S = n * 8;
      do {
        if (!_) {
          f = j(e, l, 1);
          var I = j(e, l + 1, 3);
          if (((l += 3), I))
            if (I == 1) (_ = Qe), (b = Ve), (F = 9), (P = 5);
            else if (I == 2) {
              var O = j(e, l, 31) + 257,
                q = j(e, l + 10, 15) + 4,
                D = O + j(e, l + 5, 31) + 1;
              l += 14;
              for (var k = new M(D), R = new M(19), $ = 0; $ < q; ++$) R[Je[$]] = j(e, l + $ * 3, 7);
              l += q * 3;
              for (var d = he(R), z = (1 << d) - 1, Y = ee(R, d, 1), $ = 0; $ < D; ) {
                var J = Y[j(e, l, z)];
                l += J & 15;
                var x = J >>> 4;
                if (x < 16) k[$++] = x;
                else {
                  var U = 0,
                    s = 0;
                  for (
                    x == 16
                      ? ((s = 3 + j(e, l, 3)), (l += 2), (U = k[$ - 1]))
                      : x == 17
                        ? ((s = 3 + j(e, l, 7)), (l += 3))
                        : x == 18 && ((s = 11 + j(e, l, 127)), (l += 7));
                    s--;
                  )
                    k[$++] = U;
                }
              }
              var a = k.subarray(0, O),
                c = k.subarray(O);
              (F = he(a)), (P = he(c)), (_ = ee(a, F, 1)), (b = ee(c, P, 1));
            } else N(1);
          else {
            var x = Ye(l) + 4,
              T = e[x - 4] | (e[x - 3] << 8),
              L = x + T;
            if (L > n) {
              h && N(0);
              break;
            }
            i && w(o + T), t.set(e.subarray(x, L), o), (r.b = o += T), (r.p = l = L * 8), (r.f = f);
            continue;
          }
          if (l > S) {
            h && N(0);
            break;
          }
        }
        i && w(o + 131072);
        for (var u = (1 << F) - 1, m = (1 << P) - 1, g = l; ; g = l) {
          var U = _[fe(e, l) & u],
            y = U >>> 4;
          if (((l += U & 15), l > S)) {
            h && N(0);
            break;
          }
          if ((U || N(2), y < 256)) t[o++] = y;
          else if (y == 256) {
            (g = l), (_ = null);
            break;
          } else {
            var E = y - 254;
            if (y > 264) {
              var $ = y - 257,
                W = ke[$];
              (E = j(e, l, (1 << W) - 1) + Ee[$]), (l += W);
            }
            var X = b[fe(e, l) & m],
              H = X >>> 4;
            X || N(3), (l += X & 15);
            var c = Ke[H];
            if (H > 3) {
              var W = Fe[H];
              (c += fe(e, l) & ((1 << W) - 1)), (l += W);
            }
            if (l > S) {
              h && N(0);
              break;
            }
            i && w(o + 131072);
            for (var ne = o + E; o < ne; o += 4)
              (t[o] = t[o - c]),
                (t[o + 1] = t[o + 1 - c]),
                (t[o + 2] = t[o + 2 - c]),
                (t[o + 3] = t[o + 3 - c]);
            o = ne;
          }
        }
        (r.l = _), (r.p = g), (r.b = o), (r.f = f), _ && ((f = 1), (r.m = F), (r.d = b), (r.n = P));
      } while (!f);
      return o == t.length ? t : Xe(t, 0, o);
    },
    et = new M(0),
    tt = (e) => {
      (e[0] != 31 || e[1] != 139 || e[2] != 8) && N(6, 'invalid gzip data');
      var t = e[3],
        r = 10;
      t & 4 && (r += e[10] | ((e[11] << 8) + 2));
      for (var n = ((t >> 3) & 1) + ((t >> 4) & 1); n > 0; n -= !e[r++]);
      return r + (t & 2);
    },
    rt = (e) => {
      var t = e.length;
      return (e[t - 4] | (e[t - 3] << 8) | (e[t - 2] << 16) | (e[t - 1] << 24)) >>> 0;
    };
  function nt(e, t) {
    return Ze(e.subarray(tt(e), -8), t || new M(rt(e)));
  }
  var it = typeof TextDecoder < 'u' && new TextDecoder(),
    at = 0;
  try {
    it.decode(et, { stream: !0 }), (at = 1);
  } catch {}
  var st = nt,
    ot = /[^\S\uFEFF]+/g,
    Me = (e, t) => {
      if (e.length === 0) return 0;
      const r = [];
      for (const f of e) (r[f.location] = r[f.location] || 0), (r[f.location] += f.balanced_score);
      if (r.length <= t) return 0;
      let n = r.slice(0, t).reduce((f, l) => f + l, 0),
        i = n,
        h = [0];
      for (let f = 0; f < r.length; f++) {
        const l = f + t;
        (i += (r[l] ?? 0) - (r[f] ?? 0)),
          i > n ? ((n = i), (h = [f])) : i === n && h[h.length - 1] === f - 1 && h.push(f);
      }
      return h[Math.floor(h.length / 2)];
    },
    Ie = (e, t, r, n, i, h, w) => {
      let f = e.includes('​'),
        l = [];
      f ? (l = e.split('​')) : (l = e.split(ot));
      const o = h ?? l.length,
        _ = i ?? 0;
      o - _ < r && (r = o - _), t + r > o && (t = o - r), t < _ && (t = _);
      const b = f ? '' : ' ',
        F = w && t > _ ? `${w}${b}` : '',
        P = w && t + r < o ? `${b}${w}` : '',
        S =
          F +
          l
            .slice(t, t + r)
            .join(b)
            .trim() +
          P;
      for (const x of n) l[x]?.startsWith('<mark>') || (l[x] = `<mark>${l[x]}</mark>`);
      return {
        excerpt:
          F +
          l
            .slice(t, t + r)
            .join(b)
            .trim() +
          P,
        plain_excerpt: S,
      };
    },
    lt = (e, t, r) => {
      let n = e.meta?.url || e.url,
        i = e.anchors
          .filter(
            (o) =>
              (o.title?.length && /\S/.test(o.title)) ||
              (/h\d/i.test(o.element) && o.text?.length && /\S/.test(o.text)),
          )
          .sort((o, _) => o.location - _.location),
        h = [],
        w = 0,
        f = {
          title: e.meta.title,
          url: n,
          weighted_locations: [],
          locations: [],
          excerpt: '',
          plain_excerpt: '',
        },
        l = (o) => {
          if (f.locations.length) {
            const _ = f.weighted_locations.map((S) => ({
                weight: S.weight,
                balanced_score: S.balanced_score,
                location: S.location - w,
              })),
              b = Me(_, t) + w,
              F = o ? Math.min(o - b, t) : t,
              P = Ie(e.raw_content ?? '', b, F, f.locations, w, o, r);
            (f.excerpt = P.excerpt), (f.plain_excerpt = P.plain_excerpt), h.push(f);
          }
        };
      for (const o of e.weighted_locations)
        if (!i.length || o.location < i[0].location)
          f.weighted_locations.push(o), f.locations.push(o.location);
        else {
          let _ = i.shift();
          for (l(_.location); i.length && o.location >= i[0].location; ) _ = i.shift();
          let b = n;
          try {
            if (/^((https?:)?\/\/)/.test(b)) {
              const P = new URL(b);
              (P.hash = _.id), (b = P.toString());
            } else {
              /^\//.test(b) || (b = `/${b}`);
              const P = new URL(`https://example.com${b}`);
              (P.hash = _.id), (b = P.toString().replace(/^https:\/\/example.com/, ''));
            }
          } catch {
            console.error(`Pagefind: Couldn't process ${b} for a search result`);
          }
          (w = _.location),
            (f = {
              title: _.title || _.text,
              url: b,
              anchor: _,
              weighted_locations: [o],
              locations: [o.location],
              excerpt: '',
              plain_excerpt: '',
            });
        }
      return (l(i[0]?.location), h);
    },
    ue = async (e = 100) => new Promise((t) => setTimeout(t, e)),
    ct = (e) => {
      const t = e.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
      return /[\u3099\u309A]/.test(t) ? t.normalize('NFC') : t;
    },
    ge = () => typeof window < 'u' && typeof document < 'u',
    ht = (e) => {
      if (!e) return !1;
      const t = e.split('-')[0].toLowerCase();
      return ['zh', 'ja', 'th'].includes(t);
    },
    ve = class {
      constructor(e = {}) {
        p(this, 'backend'),
          p(this, 'decoder'),
          p(this, 'wasm'),
          p(this, 'basePath'),
          p(this, 'baseUrl'),
          p(this, 'primary'),
          p(this, 'indexWeight'),
          p(this, 'excerptLength'),
          p(this, 'excerptEllipsis'),
          p(this, 'mergeFilter'),
          p(this, 'ranking'),
          p(this, 'highlightParam'),
          p(this, 'exactDiacritics'),
          p(this, 'metaCacheTag'),
          p(this, 'loaded_chunks'),
          p(this, 'loaded_filters'),
          p(this, 'loaded_fragments'),
          p(this, 'loaded_fragment_groups'),
          p(this, 'fetchQueue', []),
          p(this, 'activeFetches', 0),
          p(this, 'maxConcurrentFetches', 100),
          p(this, 'raw_ptr'),
          p(this, 'initError'),
          p(this, 'searchMeta'),
          p(this, 'languages'),
          p(this, 'loadedLanguage'),
          p(this, 'includeCharacters'),
          p(this, 'version'),
          p(this, 'loadedVersion'),
          (this.version = Be),
          (this.backend = Ne),
          (this.decoder = new TextDecoder('utf-8')),
          (this.wasm = null);
        let t = e.basePath || '/pagefind/',
          r = e.primary || !1;
        r && !e.basePath && ge() && (t = this.initPrimaryBasePath(t)),
          /[^/]$/.test(t) && (t = `${t}/`),
          ge() &&
            window?.location?.origin &&
            t.startsWith(window.location.origin) &&
            (t = t.replace(window.location.origin, '')),
          (this.basePath = t),
          (this.baseUrl = e.baseUrl || this.getDefaultBaseUrl(t)),
          /^(\/|https?:\/\/)/.test(this.baseUrl) || (this.baseUrl = `/${this.baseUrl}`),
          (this.primary = r),
          (this.indexWeight = e.indexWeight ?? 1),
          (this.excerptLength = e.excerptLength ?? 30),
          (this.excerptEllipsis = e.excerptEllipsis ?? ''),
          (this.mergeFilter = e.mergeFilter ?? {}),
          (this.ranking = e.ranking),
          (this.highlightParam = e.highlightParam ?? null),
          (this.exactDiacritics = e.exactDiacritics ?? !1),
          (this.metaCacheTag = e.metaCacheTag ?? null),
          (this.loaded_chunks = {}),
          (this.loaded_filters = {}),
          (this.loaded_fragments = {}),
          (this.loaded_fragment_groups = {}),
          (this.raw_ptr = null),
          (this.initError = null),
          (this.searchMeta = null),
          (this.languages = null);
      }
      throttledFetch(e) {
        return new Promise((t, r) => {
          this.fetchQueue.push({ resolve: t, reject: r, input: e }), this.dequeueNextFetch();
        });
      }
      dequeueNextFetch() {
        for (; this.fetchQueue.length > 0 && this.activeFetches < this.maxConcurrentFetches; ) {
          const e = this.fetchQueue.shift();
          this.activeFetches++, this.performFetch(e);
        }
      }
      async performFetch(e) {
        try {
          const t = await Q(e.input);
          if (!t.ok) throw new Error(`${t.status} fetching ${e.input}`);
          e.resolve(t);
        } catch (t) {
          e.reject(t);
        } finally {
          this.activeFetches--, this.dequeueNextFetch();
        }
      }
      initPrimaryBasePath(e) {
        return e;
      }
      getDefaultBaseUrl(e) {
        return e.match(/^(.*\/)_?pagefind/)?.[1] || '/';
      }
      async options(e) {
        const t = [
          'baseUrl',
          'indexWeight',
          'excerptLength',
          'excerptEllipsis',
          'mergeFilter',
          'highlightParam',
          'ranking',
          'exactDiacritics',
          'metaCacheTag',
        ];
        for (const [r, n] of Object.entries(e))
          if (r === 'mergeFilter') {
            const i = this.stringifyFilters(n),
              h = await this.getPtr();
            this.raw_ptr = this.backend.add_synthetic_filter(h, i);
          } else
            r === 'ranking'
              ? await this.set_ranking(e.ranking)
              : t.includes(r)
                ? (r === 'baseUrl' && typeof n == 'string' && (this.baseUrl = n),
                  r === 'indexWeight' && typeof n == 'number' && (this.indexWeight = n),
                  r === 'excerptLength' && typeof n == 'number' && (this.excerptLength = n),
                  r === 'excerptEllipsis' && typeof n == 'string' && (this.excerptEllipsis = n),
                  r === 'mergeFilter' && typeof n == 'object' && (this.mergeFilter = n),
                  r === 'highlightParam' && typeof n == 'string' && (this.highlightParam = n),
                  r === 'exactDiacritics' && typeof n == 'boolean' && (this.exactDiacritics = n),
                  r === 'metaCacheTag' && typeof n == 'string' && (this.metaCacheTag = n))
                : ['basePath'].includes(r) ||
                  console.warn(`Unknown Pagefind option ${r}. Allowed options: [${t.join(', ')}]`);
      }
      async enterPlaygroundMode() {
        const e = await this.getPtr();
        this.raw_ptr = this.backend.enter_playground_mode(e);
      }
      decompress(e, t = 'unknown file') {
        return this.decoder.decode(e.slice(0, 12)) === 'pagefind_dcd'
          ? e.slice(12)
          : ((e = st(e)),
            this.decoder.decode(e.slice(0, 12)) !== 'pagefind_dcd'
              ? (console.error(`Decompressing ${t} appears to have failed: Missing signature`), e)
              : e.slice(12));
      }
      async set_ranking(e) {
        if (!e) return;
        const t = {
            term_similarity: e.termSimilarity ?? null,
            page_length: e.pageLength ?? null,
            term_saturation: e.termSaturation ?? null,
            term_frequency: e.termFrequency ?? null,
            diacritic_similarity: e.diacriticSimilarity ?? null,
            meta_weights: e.metaWeights ?? null,
          },
          r = await this.getPtr();
        this.raw_ptr = this.backend.set_ranking_weights(r, JSON.stringify(t));
      }
      async init(e, t) {
        try {
          await this.loadEntry();
          const r = this.findIndex(e),
            n = r.wasm ? r.wasm : 'unknown';
          this.loadedLanguage = e;
          const i = [this.loadMeta(r.hash)];
          if (
            (t.load_wasm === !0 && i.push(this.loadWasm(n)),
            await Promise.all(i),
            (this.raw_ptr = this.backend.init_pagefind(new Uint8Array(this.searchMeta))),
            Object.keys(this.mergeFilter)?.length)
          ) {
            const h = this.stringifyFilters(this.mergeFilter),
              w = await this.getPtr();
            this.raw_ptr = this.backend.add_synthetic_filter(w, h);
          }
          this.ranking && (await this.set_ranking(this.ranking));
        } catch (r) {
          throw ((this.initError = r instanceof Error ? r : new Error(String(r))), r);
        }
      }
      async loadEntry() {
        try {
          let e = `${this.basePath}pagefind-entry.json`;
          this.metaCacheTag !== null ? (e += `?ts=${this.metaCacheTag}`) : (e += `?ts=${Date.now()}`);
          const r = await (await this.throttledFetch(e)).json();
          (this.languages = r.languages),
            (this.loadedVersion = r.version),
            (this.includeCharacters = r.include_characters ?? []),
            r.version !== this.version &&
              (this.primary
                ? console.warn(
                    [
                      "Pagefind JS version doesn't match the version in your search index.",
                      `Pagefind JS: ${this.version}. Pagefind index: ${r.version}`,
                      'If you upgraded Pagefind recently, you likely have a cached pagefind.js file.',
                      'If you encounter any search errors, try clearing your cache.',
                    ].join(`
`),
                  )
                : console.warn(
                    [
                      'Merging a Pagefind index from a different version than the main Pagefind instance.',
                      `Main Pagefind JS: ${this.version}. Merged index (${this.basePath}): ${r.version}`,
                      'If you encounter any search errors, make sure that both sites are running the same version of Pagefind.',
                    ].join(`
`),
                  ));
        } catch (e) {
          throw (
            console.error(`Failed to load Pagefind metadata:
${e?.toString()}`),
            new Error('Failed to load Pagefind metadata')
          );
        }
      }
      findIndex(e) {
        if (this.languages) {
          let t = this.languages[e];
          if (t || ((t = this.languages[e.split('-')[0]]), t)) return t;
          const r = Object.values(this.languages).sort((n, i) => i.page_count - n.page_count);
          if (r[0]) return r[0];
        }
        throw new Error('Pagefind Error: No language indexes found.');
      }
      async loadMeta(e) {
        try {
          const r = await (await this.throttledFetch(`${this.basePath}pagefind.${e}.pf_meta`)).arrayBuffer();
          this.searchMeta = this.decompress(new Uint8Array(r), 'Pagefind metadata');
        } catch (t) {
          console.error(`Failed to load the meta index:
${t?.toString()}`);
        }
      }
      async loadWasm(e) {
        try {
          const t = `${this.basePath}wasm.${e}.pagefind`,
            n = await (await this.throttledFetch(t)).arrayBuffer(),
            i = this.decompress(new Uint8Array(n), 'Pagefind WebAssembly');
          if (!i) throw new Error('No WASM after decompression');
          this.wasm = await this.backend({ module_or_path: i });
        } catch (t) {
          throw (
            console.error(`Failed to load the Pagefind WASM:
${t?.toString()}`),
            new Error(`Failed to load the Pagefind WASM:
${t?.toString()}`)
          );
        }
      }
      async _loadGenericChunk(e, t) {
        try {
          const n = await (await this.throttledFetch(e)).arrayBuffer(),
            i = this.decompress(new Uint8Array(n), e),
            h = await this.getPtr();
          this.raw_ptr = this.backend[t](h, i);
        } catch (r) {
          throw (
            console.error(`Failed to load the index chunk ${e}:
${r?.toString()}`),
            r
          );
        }
      }
      cachedLoad(e, t, r) {
        return (
          e[t] ||
            (e[t] = r().catch((n) => {
              throw (delete e[t], n);
            })),
          e[t]
        );
      }
      async loadChunk(e) {
        await this.cachedLoad(this.loaded_chunks, e, () =>
          this._loadGenericChunk(`${this.basePath}index/${e}.pf_index`, 'load_index_chunk'),
        ).catch(() => {});
      }
      async loadFilterChunk(e) {
        await this.cachedLoad(this.loaded_filters, e, () =>
          this._loadGenericChunk(`${this.basePath}filter/${e}.pf_filter`, 'load_filter_chunk'),
        ).catch(() => {});
      }
      async _loadFragmentGroup(e) {
        return this.cachedLoad(this.loaded_fragment_groups, e, async () => {
          const r = await (
              await this.throttledFetch(`${this.basePath}fragment/${e}.pf_fragment`)
            ).arrayBuffer(),
            n = this.decompress(new Uint8Array(r), `Fragment group ${e}`);
          return JSON.parse(new TextDecoder().decode(n));
        });
      }
      async _loadFragment(e, t = '') {
        if (t) return (await this._loadFragmentGroup(t))[e];
        {
          const n = await (
              await this.throttledFetch(`${this.basePath}fragment/${e}.pf_fragment`)
            ).arrayBuffer(),
            i = this.decompress(new Uint8Array(n), `Fragment ${e}`);
          return JSON.parse(new TextDecoder().decode(i));
        }
      }
      async loadFragment(e, t = '', r = [], n) {
        const i = await this.cachedLoad(this.loaded_fragments, e, () => this._loadFragment(e, t));
        (i.weighted_locations = r),
          (i.locations = r.map((f) => f.location)),
          i.raw_content ||
            ((i.raw_content = i.content.replace(/</g, '&lt;').replace(/>/g, '&gt;')),
            (i.content = i.content.replace(/\u200B/g, ''))),
          i.raw_url || (i.raw_url = i.url),
          (i.url = this.processedUrl(i.raw_url, n));
        const h = Me(r, this.excerptLength),
          w = Ie(i.raw_content, h, this.excerptLength, i.locations, void 0, void 0, this.excerptEllipsis);
        return (
          (i.excerpt = w.excerpt),
          (i.plain_excerpt = w.plain_excerpt),
          (i.sub_results = lt(i, this.excerptLength, this.excerptEllipsis)),
          i
        );
      }
      fullUrl(e) {
        return /^(https?:)?\/\//.test(e)
          ? e
          : `${this.baseUrl}/${e}`.replace(/\/+/g, '/').replace(/^(https?:\/)/, '$1/');
      }
      processedUrl(e, t) {
        const r = this.fullUrl(e);
        if (this.highlightParam === null) return r;
        const n = t.split(/\s+/);
        try {
          const i = new URL(r);
          for (const h of n) i.searchParams.append(this.highlightParam, h);
          return i.toString();
        } catch {
          try {
            const h = new URL(`https://example.com${r}`);
            for (const w of n) h.searchParams.append(this.highlightParam, w);
            return h.toString().replace(/^https:\/\/example\.com/, '');
          } catch {
            return r;
          }
        }
      }
      async getPtr() {
        for (; this.raw_ptr === null; ) {
          if (this.initError) throw this.initError;
          await ue(50);
        }
        if (!this.raw_ptr)
          throw (
            console.error('Pagefind: WASM Error (No pointer)'), new Error('Pagefind: WASM Error (No pointer)')
          );
        return this.raw_ptr;
      }
      stringifyFilters(e = {}) {
        return JSON.stringify(e);
      }
      stringifySorts(e = {}) {
        const t = Object.entries(e);
        for (const [r, n] of t)
          return (
            t.length > 1 &&
              console.warn(
                `Pagefind was provided multiple sort options in this search, but can only operate on one. Using the ${r} sort.`,
              ),
            n !== 'asc' &&
              n !== 'desc' &&
              console.warn(
                `Pagefind was provided a sort with unknown direction ${n}. Supported: [asc, desc]`,
              ),
            `${r}:${n}`
          );
        return '';
      }
      async filters() {
        let e = await this.getPtr(),
          t = this.backend.request_all_filter_indexes(e),
          r = JSON.parse(t);
        if (Array.isArray(r)) {
          const i = r.filter((h) => h).map((h) => this.loadFilterChunk(h));
          await Promise.all([...i]);
        }
        e = await this.getPtr();
        const n = this.backend.filters(e);
        return JSON.parse(n);
      }
      async preload(e, t = {}) {
        await this.search(e, { ...t, preload: !0 });
      }
      async search(e, t = {}) {
        t = { verbose: !1, filters: {}, sort: {}, ...t };
        const r = (a) => {
          t.verbose && console.log(a);
        };
        r(`Starting search on ${this.basePath}`);
        let n = Date.now(),
          i = await this.getPtr(),
          h = e === null;
        e = e ?? '';
        const w = /^\s*".+"\s*$/.test(e);
        w && r('Running an exact search');
        let f = null;
        try {
          f = Intl.getCanonicalLocales(this.loadedLanguage)[0];
        } catch {}
        const l = [];
        if (f && typeof Intl.Segmenter < 'u') {
          const a = new Intl.Segmenter(f, { granularity: 'grapheme' });
          if (ht(f)) {
            const c = new Intl.Segmenter(f, { granularity: 'word' });
            for (const { segment: u } of c.segment(e)) {
              const m = [];
              for (const { segment: g } of a.segment(u))
                this.includeCharacters?.includes(g)
                  ? m.push(g)
                  : /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u.test(g) || m.push(g.toLocaleLowerCase());
              m.length > 0 && l.push(m.join(''));
            }
            e = l
              .join(' ')
              .replace(/\s{2,}/g, ' ')
              .trim();
          } else {
            for (const { segment: c } of a.segment(e))
              this.includeCharacters?.includes(c)
                ? l.push(c)
                : /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u.test(c) || l.push(c.toLocaleLowerCase());
            e = l
              .join('')
              .replace(/\s{2,}/g, ' ')
              .trim();
          }
        } else {
          for (const a of e)
            this.includeCharacters?.includes(a)
              ? l.push(a)
              : /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u.test(a) || l.push(a.toLocaleLowerCase());
          e = l
            .join('')
            .replace(/\s{2,}/g, ' ')
            .trim();
        }
        const o = e
            .split(' ')
            .map((a) => [a, ct(a)])
            .filter(([, a]) => a.length),
          _ = o.map(([a]) => a).join(' ');
        if (((e = o.map(([, a]) => a).join(' ')), r(`Normalized search term to ${e}`), !e?.length && !h))
          return {
            results: [],
            unfilteredResultCount: 0,
            filters: {},
            totalFilters: {},
            timings: { preload: Date.now() - n, search: Date.now() - n, total: Date.now() - n },
          };
        const b = this.stringifySorts(t.sort);
        r(`Stringified sort to ${b}`);
        const F = this.stringifyFilters(t.filters);
        r(`Stringified filters to ${F}`);
        const P = this.backend.request_indexes(i, e),
          S = JSON.parse(P),
          I = this.backend.request_filter_indexes(i, F),
          x = JSON.parse(I),
          T = S.filter((a) => a).map((a) => this.loadChunk(a)),
          L = x.filter((a) => a).map((a) => this.loadFilterChunk(a));
        if ((await Promise.all([...T, ...L]), r('Loaded necessary chunks to run search'), t.preload))
          return (r('Preload — bailing out of search operation now.'), null);
        i = await this.getPtr();
        const O = Date.now(),
          q = this.backend.search(i, e, _, F, b, w, this.exactDiacritics);
        r(`Got the raw search result: ${q}`);
        const {
            filtered_counts: D,
            total_counts: k,
            results: R,
            unfiltered_total: $,
            search_keywords: d,
            query_term_idfs: z,
          } = JSON.parse(q),
          Y = R.map((a) => {
            const c = a.l.map((g) => {
                const y = { weight: g.w / 24, balanced_score: g.s, location: g.l };
                return (g.v && (y.verbose = { word_string: g.v.ws, length_bonus: g.v.lb }), y);
              }),
              u = c.map((g) => g.location),
              m = {
                id: a.p,
                score: a.s * this.indexWeight,
                words: u,
                data: async () => await this.loadFragment(a.p, a.g, c, e),
              };
            return (
              a.params &&
                (m.params = {
                  document_length: a.params.dl,
                  average_page_length: a.params.apl,
                  total_pages: a.params.tp,
                }),
              a.scores &&
                (m.scores = a.scores.map((g) => ({
                  search_term: g.w,
                  idf: g.idf,
                  saturating_tf: g.b_tf,
                  raw_tf: g.r_tf,
                  pagefind_tf: g.p_tf,
                  score: g.s,
                  params: {
                    weighted_term_frequency: g.params.w_tf,
                    pages_containing_term: g.params.pct,
                    length_bonus: g.params.lb,
                  },
                }))),
              a.mf && a.mf.length > 0 && (m.matchedMetaFields = a.mf),
              a.vms &&
                a.vms.length > 0 &&
                (m.verbose_meta_scores = a.vms.map((g) => ({
                  field_name: g.fn,
                  field_weight: g.fw,
                  matched_terms: g.mt,
                  matched_idf: g.mi,
                  query_total_idf: g.ti,
                  coverage: g.cv,
                  coverage_boost: g.cb,
                }))),
              m
            );
          }),
          J = Date.now() - O,
          U = Date.now() - n;
        r(
          `Found ${R.length} result${R.length == 1 ? '' : 's'} for "${e}" in ${Date.now() - O}ms (${Date.now() - n}ms realtime)`,
        );
        const s = {
          results: Y,
          unfilteredResultCount: $,
          filters: D,
          totalFilters: k,
          timings: { preload: U - J, search: J, total: U },
        };
        return (
          d && (s.search_keywords = d), z && (s.query_term_idfs = z.map((a) => ({ term: a.t, idf: a.i }))), s
        );
      }
    },
    ft = class {
      constructor(e = {}) {
        p(this, 'primaryLanguage'),
          p(this, 'searchID'),
          p(this, 'primary'),
          p(this, 'instances'),
          (this.primaryLanguage = 'unknown'),
          (this.searchID = 0),
          (this.primary = new ve({ ...e, primary: !0 })),
          (this.instances = [this.primary]),
          this.init(e?.language);
      }
      async options(e) {
        await this.primary.options(e);
      }
      async enterPlaygroundMode() {
        await this.primary.enterPlaygroundMode();
      }
      async init(e) {
        if (ge() && document?.querySelector) {
          const t = document.querySelector('html')?.getAttribute('lang') || 'unknown';
          this.primaryLanguage = t.toLocaleLowerCase();
        }
        e && (this.primaryLanguage = e),
          await this.primary.init(e || this.primaryLanguage, { load_wasm: !0 });
      }
      async mergeIndex(e, t = {}) {
        if (this.primary.basePath.startsWith(e)) {
          console.warn(
            `Skipping mergeIndex ${e} that appears to be the same as the primary index (${this.primary.basePath})`,
          );
          return;
        }
        const r = new ve({ primary: !1, basePath: e, ...t });
        for (this.instances.push(r); this.primary.wasm === null; ) await ue(50);
        await r.init(t.language || this.primaryLanguage, { load_wasm: !1 });
        const { language: n, ...i } = t;
        await r.options(i);
      }
      mergeFilters(e) {
        const t = {};
        for (const r of e)
          for (const [n, i] of Object.entries(r))
            if (t[n]) {
              const h = t[n];
              for (const [w, f] of Object.entries(i)) h[w] = (h[w] || 0) + f;
            } else {
              t[n] = i;
            }
        return t;
      }
      async filters() {
        const e = await Promise.all(this.instances.map((t) => t.filters()));
        return this.mergeFilters(e);
      }
      async preload(e, t = {}) {
        await Promise.all(this.instances.map((r) => r.preload(e, t)));
      }
      async debouncedSearch(e, t, r) {
        const n = ++this.searchID;
        if ((this.preload(e, t), await ue(r), n !== this.searchID)) return null;
        const i = await this.search(e, t);
        return n !== this.searchID ? null : i;
      }
      async search(e, t = {}) {
        const r = await Promise.all(this.instances.map((o) => o.search(e, t))),
          n = this.mergeFilters(r.map((o) => o.filters)),
          i = this.mergeFilters(r.map((o) => o.totalFilters)),
          h = r.flatMap((o) => o.results).sort((o, _) => _.score - o.score),
          w = r.map((o) => o.timings),
          f = r.reduce((o, _) => o + _.unfilteredResultCount, 0),
          l = { results: h, unfilteredResultCount: f, filters: n, totalFilters: i, timings: w };
        return (
          r[0].search_keywords && (l.search_keywords = r[0].search_keywords),
          r[0].query_term_idfs && (l.query_term_idfs = r[0].query_term_idfs),
          l
        );
      }
    },
    Pe = typeof window < 'u' && typeof document < 'u' && typeof Worker < 'u',
    A = null,
    te = 0,
    K = new Map(),
    dt = 0,
    ut = () => `pf_${dt++}`;
  function gt(e) {
    if (A) return !0;
    try {
      const t = `${e}pagefind-worker.js`;
      return (
        (A = new Worker(t)),
        A.addEventListener('error', (r) => {
          console.warn('The Pagefind web worker encountered an error, falling back to main thread:', r),
            (A = null);
          const n = Array.from(K.values());
          K.clear();
          for (const { reject: i } of n) i(new Error('Worker failed, falling back to main thread'));
        }),
        A.addEventListener('message', (r) => {
          const { id: n, result: i, error: h } = r.data,
            w = K.get(n);
          w && (K.delete(n), h ? w.reject(new Error(h)) : w.resolve(i));
        }),
        !0
      );
    } catch {
      return !1;
    }
  }
  function pt() {
    if ((te--, te <= 0 && A)) {
      A.terminate(), (A = null), (te = 0);
      const e = Array.from(K.values());
      K.clear();
      for (const { reject: t } of e) t(new Error('Pagefind worker terminated'));
    }
  }
  var wt = 0;
  function Z(e, t, r) {
    return A
      ? new Promise((n, i) => {
          const h = `msg_${wt++}`;
          K.set(h, { resolve: n, reject: i }), A.postMessage({ id: h, instanceId: e, method: t, args: r });
        })
      : Promise.reject(new Error('Worker not available'));
  }
  var Ae = class {
      constructor(e = {}) {
        p(this, 'instanceId'),
          p(this, 'fallback', null),
          p(this, 'basePath'),
          p(this, 'initOptions'),
          p(this, 'cleanup'),
          p(this, 'initPromise', null),
          p(this, 'initialized', !1),
          p(this, 'useWorker', !1),
          (this.instanceId = ut()),
          (this.basePath = e.basePath || '/pagefind/'),
          (this.initOptions = e),
          /[^/]$/.test(this.basePath) && (this.basePath = `${this.basePath}/`),
          Pe &&
            window?.location?.origin &&
            this.basePath.startsWith(window.location.origin) &&
            (this.basePath = this.basePath.replace(window.location.origin, '')),
          (this.initOptions = { ...this.initOptions, basePath: this.basePath }),
          this.initCleanup(),
          (this.initPromise = this.init());
      }
      initCleanup() {
        typeof FinalizationRegistry < 'u' &&
          (this.cleanup = new FinalizationRegistry((e) => {
            if (this.useWorker && A)
              try {
                Z(this.instanceId, 'releaseData', [e]).catch(() => {});
              } catch {}
          }));
      }
      async init() {
        if (Pe && !this.initOptions.noWorker)
          if (gt(this.basePath))
            try {
              te++,
                (this.useWorker = !0),
                await Promise.race([
                  Z(this.instanceId, 'init', [this.initOptions]),
                  new Promise((t, r) => setTimeout(() => r(new Error('Worker initialization timeout')), 5e3)),
                ]),
                (this.initialized = !0);
            } catch (t) {
              console.warn(
                'Failed to initialize Pagefind in the web worker, falling back to main thread:',
                t,
              ),
                Z(this.instanceId, 'destroy', []).catch(() => {}),
                (this.useWorker = !1),
                te--,
                this.initFallback(),
                (this.initialized = !0);
            }
          else this.initFallback(), (this.initialized = !0);
        else this.initFallback(), (this.initialized = !0);
      }
      waitForInit() {
        return this.initPromise ?? Promise.resolve();
      }
      initFallback() {
        this.fallback || (this.fallback = new ft(this.initOptions));
      }
      async sendMessage(e, t) {
        if (
          (!this.initialized && e !== 'init' && this.initPromise && (await this.initPromise), this.fallback)
        ) {
          const r = this.fallback[e];
          if (typeof r == 'function') {
            const n = await r.apply(this.fallback, t);
            return (
              (e === 'search' || e === 'debouncedSearch') &&
                n &&
                t[1] &&
                t[1].verbose &&
                (n.search_environment = 'mainthread'),
              n
            );
          }
          throw new Error(`Method ${e} not found on fallback`);
        }
        if (!this.useWorker || !A) throw new Error('Worker not initialized');
        return Z(this.instanceId, e, t);
      }
      async options(e) {
        return this.sendMessage('options', [e]);
      }
      async enterPlaygroundMode() {
        return this.sendMessage('enterPlaygroundMode', []);
      }
      async mergeIndex(e, t = {}) {
        return this.sendMessage('mergeIndex', [e, t]);
      }
      async search(e, t = {}) {
        const r = await this.sendMessage('search', [e, t]);
        if (r && r.results) {
          for (const n of r.results)
            if (typeof n.data == 'string') {
              const i = n.data;
              this.cleanup && this.cleanup.register(n, i),
                (n.data = async () => this.sendMessage('getData', [i]));
            }
        }
        return r;
      }
      async debouncedSearch(e, t, r) {
        const n = await this.sendMessage('debouncedSearch', [e, t, r]);
        if (n && n.results) {
          for (const i of n.results)
            if (typeof i.data == 'string') {
              const h = i.data;
              this.cleanup && this.cleanup.register(i, h),
                (i.data = async () => this.sendMessage('getData', [h]));
            }
        }
        return n;
      }
      async preload(e, t = {}) {
        return this.sendMessage('preload', [e, t]);
      }
      async filters() {
        return this.sendMessage('filters', []);
      }
      async destroy() {
        if (this.useWorker) {
          try {
            await Z(this.instanceId, 'destroy', []);
          } catch {}
          (this.useWorker = !1), pt();
        }
        this.fallback && (this.fallback = null);
      }
    },
    C = void 0,
    ce = void 0,
    Ce = (e) => {
      if (e) return e;
    },
    Ue = () =>
      typeof document < 'u' && document?.querySelector
        ? (document.querySelector('html')?.getAttribute('lang') || 'unknown').toLowerCase()
        : 'unknown',
    V = () => {
      C || (C = new Ae({ ...ce, basePath: Ce(ce?.basePath), language: Ue(), primary: !0 }));
    },
    _t = async (e) => {
      C ? await C.options(e) : (ce = e);
    },
    mt = async () => {
      V();
    },
    yt = async () => {
      C && (await C.destroy()), (C = void 0), (ce = void 0);
    },
    bt = async (e, t) => (V(), await C.mergeIndex(e, t)),
    vt = async (e, t) => (V(), await C.search(e, t)),
    Pt = async (e, t, r = 300) => (V(), await C.debouncedSearch(e, t, r)),
    xt = async (e, t) => (V(), await C.preload(e, t)),
    kt = async () => (V(), await C.filters()),
    Ft = (e) => {
      const t = new Ae({ ...e, basePath: Ce(e?.basePath), language: Ue(), primary: !0 });
      return {
        options: (r) => t.options(r),
        init: () => t.waitForInit(),
        destroy: () => t.destroy(),
        mergeIndex: (r, n) => t.mergeIndex(r, n),
        search: (r, n = {}) => t.search(r, n),
        debouncedSearch: (r, n, i = 300) => t.debouncedSearch(r, n, i),
        preload: (r, n = {}) => t.preload(r, n),
        filters: () => t.filters(),
      };
    };
  window.explainerPagefind = pe;
})();

(() => {
  var at = Object.defineProperty;
  var ct = (e, t, n) =>
    t in e ? at(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : (e[t] = n);
  var b = (e, t, n) => ct(e, typeof t != 'symbol' ? t + '' : t, n);
  function _(e, t) {
    return e == null || t == null ? NaN : e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
  }
  function lt(e, t) {
    return e == null || t == null ? NaN : t < e ? -1 : t > e ? 1 : t >= e ? 0 : NaN;
  }
  function B(e) {
    let t, n, r;
    e.length !== 2
      ? ((t = _), (n = (s, l) => _(e(s), l)), (r = (s, l) => e(s) - l))
      : ((t = e === _ || e === lt ? e : ut), (n = e), (r = e));
    function i(s, l, c = 0, u = s.length) {
      if (c < u) {
        if (t(l, l) !== 0) return u;
        do {
          const f = (c + u) >>> 1;
          n(s[f], l) < 0 ? (c = f + 1) : (u = f);
        } while (c < u);
      }
      return c;
    }
    function o(s, l, c = 0, u = s.length) {
      if (c < u) {
        if (t(l, l) !== 0) return u;
        do {
          const f = (c + u) >>> 1;
          n(s[f], l) <= 0 ? (c = f + 1) : (u = f);
        } while (c < u);
      }
      return c;
    }
    function a(s, l, c = 0, u = s.length) {
      const f = i(s, l, c, u - 1);
      return f > c && r(s[f - 1], l) > -r(s[f], l) ? f - 1 : f;
    }
    return { left: i, center: a, right: o };
  }
  function ut() {
    return 0;
  }
  function ft(e) {
    return e === null ? NaN : +e;
  }
  var Se = B(_),
    _t = Se.right,
    Bt = Se.left,
    Kt = B(ft).center;
  var Xt = Ce(De),
    Zt = Ce(dt);
  function Ce(e) {
    return (t, n, r = n) => {
      if (!((n = +n) >= 0)) throw new RangeError('invalid rx');
      if (!((r = +r) >= 0)) throw new RangeError('invalid ry');
      let { data: i, width: o, height: a } = t;
      if (!((o = Math.floor(o)) >= 0)) throw new RangeError('invalid width');
      if (!((a = Math.floor(a !== void 0 ? a : i.length / o)) >= 0)) throw new RangeError('invalid height');
      if (!o || !a || (!n && !r)) return t;
      const s = n && e(n),
        l = r && e(r),
        c = i.slice();
      return (
        s && l
          ? (H(s, c, i, o, a),
            H(s, i, c, o, a),
            H(s, c, i, o, a),
            k(l, i, c, o, a),
            k(l, c, i, o, a),
            k(l, i, c, o, a))
          : s
            ? (H(s, i, c, o, a), H(s, c, i, o, a), H(s, i, c, o, a))
            : l && (k(l, i, c, o, a), k(l, c, i, o, a), k(l, i, c, o, a)),
        t
      );
    };
  }
  function H(e, t, n, r, i) {
    for (let o = 0, a = r * i; o < a; ) e(t, n, o, (o += r), 1);
  }
  function k(e, t, n, r, i) {
    for (let o = 0, a = r * i; o < r; ++o) e(t, n, o, o + a, r);
  }
  function dt(e) {
    const t = De(e);
    return (n, r, i, o, a) => {
      (i <<= 2),
        (o <<= 2),
        (a <<= 2),
        t(n, r, i + 0, o + 0, a),
        t(n, r, i + 1, o + 1, a),
        t(n, r, i + 2, o + 2, a),
        t(n, r, i + 3, o + 3, a);
    };
  }
  function De(e) {
    const t = Math.floor(e);
    if (t === e) return mt(e);
    const n = e - t,
      r = 2 * e + 1;
    return (i, o, a, s, l) => {
      if (!((s -= l) >= a)) return;
      let c = t * o[a],
        u = l * t,
        f = u + l;
      for (let m = a, d = a + u; m < d; m += l) c += o[Math.min(s, m)];
      for (let m = a, d = s; m <= d; m += l)
        (c += o[Math.min(s, m + u)]),
          (i[m] = (c + n * (o[Math.max(a, m - f)] + o[Math.min(s, m + f)])) / r),
          (c -= o[Math.max(a, m - u)]);
    };
  }
  function mt(e) {
    const t = 2 * e + 1;
    return (n, r, i, o, a) => {
      if (!((o -= a) >= i)) return;
      let s = e * r[i],
        l = a * e;
      for (let c = i, u = i + l; c < u; c += a) s += r[Math.min(o, c)];
      for (let c = i, u = o; c <= u; c += a)
        (s += r[Math.min(o, c + l)]), (n[c] = s / t), (s -= r[Math.max(i, c - l)]);
    };
  }
  var ht = Array.prototype,
    Jt = ht.slice;
  var pt = Math.sqrt(50),
    gt = Math.sqrt(10),
    yt = Math.sqrt(2);
  function Ee(e, t, n) {
    let r = (t - e) / Math.max(0, n),
      i = Math.floor(Math.log10(r)),
      o = r / 10 ** i,
      a = o >= pt ? 10 : o >= gt ? 5 : o >= yt ? 2 : 1,
      s,
      l,
      c;
    return (
      i < 0
        ? ((c = 10 ** -i / a),
          (s = Math.round(e * c)),
          (l = Math.round(t * c)),
          s / c < e && ++s,
          l / c > t && --l,
          (c = -c))
        : ((c = 10 ** i * a),
          (s = Math.round(e / c)),
          (l = Math.round(t / c)),
          s * c < e && ++s,
          l * c > t && --l),
      l < s && 0.5 <= n && n < 2 ? Ee(e, t, n * 2) : [s, l, c]
    );
  }
  function Te(e, t, n) {
    return ((t = +t), (e = +e), (n = +n), Ee(e, t, n)[2]);
  }
  function ae(e, t, n) {
    (t = +t), (e = +e), (n = +n);
    const r = t < e,
      i = r ? Te(t, e, n) : Te(e, t, n);
    return (r ? -1 : 1) * (i < 0 ? 1 / -i : i);
  }
  var Qt = xt(Math.random);
  function xt(e) {
    return (n, r = 0, i = n.length) => {
      let o = i - (r = +r);
      for (; o; ) {
        const a = (e() * o--) | 0,
          s = n[o + r];
        (n[o + r] = n[a + r]), (n[a + r] = s);
      }
      return n;
    };
  }
  var ce = new Date(),
    le = new Date();
  function x(e, t, n, r) {
    function i(o) {
      return (e((o = arguments.length === 0 ? new Date() : new Date(+o))), o);
    }
    return (
      (i.floor = (o) => (e((o = new Date(+o))), o)),
      (i.ceil = (o) => (e((o = new Date(o - 1))), t(o, 1), e(o), o)),
      (i.round = (o) => {
        const a = i(o),
          s = i.ceil(o);
        return o - a < s - o ? a : s;
      }),
      (i.offset = (o, a) => (t((o = new Date(+o)), a == null ? 1 : Math.floor(a)), o)),
      (i.range = (o, a, s) => {
        const l = [];
        if (((o = i.ceil(o)), (s = s == null ? 1 : Math.floor(s)), !(o < a) || !(s > 0))) return l;
        let c;
        do l.push((c = new Date(+o))), t(o, s), e(o);
        while (c < o && o < a);
        return l;
      }),
      (i.filter = (o) =>
        x(
          (a) => {
            if (a >= a) for (; e(a), !o(a); ) a.setTime(a - 1);
          },
          (a, s) => {
            if (a >= a)
              if (s < 0) for (; ++s <= 0; ) for (; t(a, -1), !o(a); );
              else for (; --s >= 0; ) for (; t(a, 1), !o(a); );
          },
        )),
      n &&
        ((i.count = (o, a) => (ce.setTime(+o), le.setTime(+a), e(ce), e(le), Math.floor(n(ce, le)))),
        (i.every = (o) => (
          (o = Math.floor(o)),
          !isFinite(o) || !(o > 0)
            ? null
            : o > 1
              ? i.filter(r ? (a) => r(a) % o === 0 : (a) => i.count(0, a) % o === 0)
              : i
        ))),
      i
    );
  }
  var K = x(
    () => {},
    (e, t) => {
      e.setTime(+e + t);
    },
    (e, t) => t - e,
  );
  K.every = (e) => (
    (e = Math.floor(e)),
    !isFinite(e) || !(e > 0)
      ? null
      : e > 1
        ? x(
            (t) => {
              t.setTime(Math.floor(t / e) * e);
            },
            (t, n) => {
              t.setTime(+t + n * e);
            },
            (t, n) => (n - t) / e,
          )
        : K
  );
  var nn = K.range,
    S = 1e3,
    T = S * 60,
    C = T * 60,
    D = C * 24,
    fe = D * 7,
    Ne = D * 30,
    ue = D * 365,
    $ = x(
      (e) => {
        e.setTime(e - e.getMilliseconds());
      },
      (e, t) => {
        e.setTime(+e + t * S);
      },
      (e, t) => (t - e) / S,
      (e) => e.getUTCSeconds(),
    ),
    rn = $.range,
    Ie = x(
      (e) => {
        e.setTime(e - e.getMilliseconds() - e.getSeconds() * S);
      },
      (e, t) => {
        e.setTime(+e + t * T);
      },
      (e, t) => (t - e) / T,
      (e) => e.getMinutes(),
    ),
    on = Ie.range,
    Ae = x(
      (e) => {
        e.setUTCSeconds(0, 0);
      },
      (e, t) => {
        e.setTime(+e + t * T);
      },
      (e, t) => (t - e) / T,
      (e) => e.getUTCMinutes(),
    ),
    sn = Ae.range,
    Fe = x(
      (e) => {
        e.setTime(e - e.getMilliseconds() - e.getSeconds() * S - e.getMinutes() * T);
      },
      (e, t) => {
        e.setTime(+e + t * C);
      },
      (e, t) => (t - e) / C,
      (e) => e.getHours(),
    ),
    an = Fe.range,
    Le = x(
      (e) => {
        e.setUTCMinutes(0, 0, 0);
      },
      (e, t) => {
        e.setTime(+e + t * C);
      },
      (e, t) => (t - e) / C,
      (e) => e.getUTCHours(),
    ),
    cn = Le.range,
    Ue = x(
      (e) => e.setHours(0, 0, 0, 0),
      (e, t) => e.setDate(e.getDate() + t),
      (e, t) => (t - e - (t.getTimezoneOffset() - e.getTimezoneOffset()) * T) / D,
      (e) => e.getDate() - 1,
    ),
    ln = Ue.range,
    E = x(
      (e) => {
        e.setUTCHours(0, 0, 0, 0);
      },
      (e, t) => {
        e.setUTCDate(e.getUTCDate() + t);
      },
      (e, t) => (t - e) / D,
      (e) => e.getUTCDate() - 1,
    ),
    un = E.range,
    Re = x(
      (e) => {
        e.setUTCHours(0, 0, 0, 0);
      },
      (e, t) => {
        e.setUTCDate(e.getUTCDate() + t);
      },
      (e, t) => (t - e) / D,
      (e) => Math.floor(e / D),
    ),
    fn = Re.range;
  function F(e) {
    return x(
      (t) => {
        t.setDate(t.getDate() - ((t.getDay() + 7 - e) % 7)), t.setHours(0, 0, 0, 0);
      },
      (t, n) => {
        t.setDate(t.getDate() + n * 7);
      },
      (t, n) => (n - t - (n.getTimezoneOffset() - t.getTimezoneOffset()) * T) / fe,
    );
  }
  var He = F(0),
    wt = F(1),
    bt = F(2),
    Mt = F(3),
    vt = F(4),
    Tt = F(5),
    St = F(6),
    dn = He.range,
    mn = wt.range,
    hn = bt.range,
    pn = Mt.range,
    gn = vt.range,
    yn = Tt.range,
    xn = St.range;
  function L(e) {
    return x(
      (t) => {
        t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 7 - e) % 7)), t.setUTCHours(0, 0, 0, 0);
      },
      (t, n) => {
        t.setUTCDate(t.getUTCDate() + n * 7);
      },
      (t, n) => (n - t) / fe,
    );
  }
  var ke = L(0),
    X = L(1),
    Ct = L(2),
    Dt = L(3),
    Et = L(4),
    Nt = L(5),
    It = L(6),
    wn = ke.range,
    bn = X.range,
    Mn = Ct.range,
    vn = Dt.range,
    Tn = Et.range,
    Sn = Nt.range,
    Cn = It.range,
    Oe = x(
      (e) => {
        e.setDate(1), e.setHours(0, 0, 0, 0);
      },
      (e, t) => {
        e.setMonth(e.getMonth() + t);
      },
      (e, t) => t.getMonth() - e.getMonth() + (t.getFullYear() - e.getFullYear()) * 12,
      (e) => e.getMonth(),
    ),
    Dn = Oe.range,
    U = x(
      (e) => {
        e.setUTCDate(1), e.setUTCHours(0, 0, 0, 0);
      },
      (e, t) => {
        e.setUTCMonth(e.getUTCMonth() + t);
      },
      (e, t) => t.getUTCMonth() - e.getUTCMonth() + (t.getUTCFullYear() - e.getUTCFullYear()) * 12,
      (e) => e.getUTCMonth(),
    ),
    En = U.range,
    de = x(
      (e) => {
        e.setMonth(0, 1), e.setHours(0, 0, 0, 0);
      },
      (e, t) => {
        e.setFullYear(e.getFullYear() + t);
      },
      (e, t) => t.getFullYear() - e.getFullYear(),
      (e) => e.getFullYear(),
    );
  de.every = (e) =>
    !isFinite((e = Math.floor(e))) || !(e > 0)
      ? null
      : x(
          (t) => {
            t.setFullYear(Math.floor(t.getFullYear() / e) * e), t.setMonth(0, 1), t.setHours(0, 0, 0, 0);
          },
          (t, n) => {
            t.setFullYear(t.getFullYear() + n * e);
          },
        );
  var Nn = de.range,
    O = x(
      (e) => {
        e.setUTCMonth(0, 1), e.setUTCHours(0, 0, 0, 0);
      },
      (e, t) => {
        e.setUTCFullYear(e.getUTCFullYear() + t);
      },
      (e, t) => t.getUTCFullYear() - e.getUTCFullYear(),
      (e) => e.getUTCFullYear(),
    );
  O.every = (e) =>
    !isFinite((e = Math.floor(e))) || !(e > 0)
      ? null
      : x(
          (t) => {
            t.setUTCFullYear(Math.floor(t.getUTCFullYear() / e) * e),
              t.setUTCMonth(0, 1),
              t.setUTCHours(0, 0, 0, 0);
          },
          (t, n) => {
            t.setUTCFullYear(t.getUTCFullYear() + n * e);
          },
        );
  var In = O.range;
  function Ye(e, t, n, r, i, o) {
    const a = [
      [$, 1, S],
      [$, 5, 5 * S],
      [$, 15, 15 * S],
      [$, 30, 30 * S],
      [o, 1, T],
      [o, 5, 5 * T],
      [o, 15, 15 * T],
      [o, 30, 30 * T],
      [i, 1, C],
      [i, 3, 3 * C],
      [i, 6, 6 * C],
      [i, 12, 12 * C],
      [r, 1, D],
      [r, 2, 2 * D],
      [n, 1, fe],
      [t, 1, Ne],
      [t, 3, 3 * Ne],
      [e, 1, ue],
    ];
    function s(c, u, f) {
      const m = u < c;
      m && ([c, u] = [u, c]);
      const d = f && typeof f.range == 'function' ? f : l(c, u, f),
        p = d ? d.range(c, +u + 1) : [];
      return m ? p.reverse() : p;
    }
    function l(c, u, f) {
      const m = Math.abs(u - c) / f,
        d = B(([, , v]) => v).right(a, m);
      if (d === a.length) return e.every(ae(c / ue, u / ue, f));
      if (d === 0) return K.every(Math.max(ae(c, u, f), 1));
      const [p, h] = a[m / a[d - 1][2] < a[d][2] / m ? d - 1 : d];
      return p.every(h);
    }
    return [s, l];
  }
  var [An, Fn] = Ye(O, U, ke, Re, Le, Ae),
    [Ln, Un] = Ye(de, Oe, He, Ue, Fe, Ie);
  var Z = 864e5;
  function qe(e) {
    if (e.length === 0) return [0, 60 * Z];
    let t = Number.POSITIVE_INFINITY,
      n = Number.NEGATIVE_INFINITY;
    for (const i of e) (t = Math.min(t, i.start)), (n = Math.max(n, i.end));
    const r = Math.max((n - t) * 0.06, 14 * Z, (60 * Z - (n - t)) / 2);
    return [E.floor(new Date(t - r)).getTime(), E.ceil(new Date(n + r)).getTime()];
  }
  var z = ([e, t], n, r) => {
      const i = (r - n) / (t - e),
        o = (a) => n + (Number(a) - e) * i;
      return (
        (o.invert = (a) => new Date(e + (a - n) / i)),
        (o.domain = () => [new Date(e), new Date(t)]),
        (o.range = () => [n, r]),
        o
      );
    },
    P = 2 * Z;
  function V(e, t, n, r) {
    const i = Math.min(t[1] - t[0], Math.max(P, (e[1] - e[0]) / n)),
      o = (r - e[0]) / (e[1] - e[0]);
    return j([r - o * i, r - o * i + i], t);
  }
  function j(e, t, n = 0) {
    const r = Math.min(e[1] - e[0], t[1] - t[0]),
      i = Math.min(Math.max(e[0] + n, t[0]), t[1] - r);
    return [i, i + r];
  }
  var me = { minSeparation: 26, maxSameSpan: 3, maxTogether: 3, dotRadius: 6, bubbleRadius: 11 };
  function ze(e, t, n = me) {
    const r = [];
    for (const i of [!1, !0]) {
      const o = At(
          e.filter((c) => c.pending === i),
          n.maxSameSpan,
        ).map((c) => Ft(c, i, t, n)),
        a = o.filter((c) => c.x1 - c.x0 < n.minSeparation);
      r.push(...o.filter((c) => c.x1 - c.x0 >= n.minSeparation)),
        a.sort((c, u) => Y(c) - Y(u) || c.start - u.start);
      let s = [],
        l = () => {
          s.reduce((u, f) => u + f.items.length, 0) <= n.maxTogether && s.every((u) => u.items.length === 1)
            ? r.push(...s)
            : s.length === 1
              ? r.push(s[0])
              : s.length > 1 && r.push(Lt(s, i, n)),
            (s = []);
        };
      for (const c of a) {
        const u = s[0];
        u && Y(c) - Y(u) >= n.minSeparation && l(), s.push(c);
      }
      l();
    }
    return r.sort((i, o) => i.x0 - o.x0 || i.start - o.start || Ve($e(i), $e(o)));
  }
  function At(e, t) {
    const n = new Map();
    for (const r of e) {
      const i = `${r.start}:${r.end}:${r.precision}`,
        o = n.get(i);
      o ? o.push(r) : n.set(i, [r]);
    }
    return [...n.values()].flatMap((r) => (r.length > t ? [r] : r.map((i) => [i])));
  }
  function Ft(e, t, n, r) {
    const i = e[0],
      o = n(i.start),
      a = n(i.end),
      s = i.precision !== null && i.precision !== 'day' && (e.length === 1 || a - o >= r.minSeparation);
    if (s)
      return {
        items: e,
        pending: t,
        start: i.start,
        end: i.end,
        x0: o + 1,
        x1: Math.max(a - 1, o + 4),
        bar: s,
      };
    const l = e.length > 1 ? Pe(e.length, r) : r.dotRadius,
      c = (o + a) / 2;
    return { items: e, pending: t, start: i.start, end: i.end, x0: c - l, x1: c + l, bar: s };
  }
  function Lt(e, t, n) {
    const r = e.flatMap((l) => l.items).sort((l, c) => l.start - c.start || Ve(l.id, c.id)),
      i = Math.min(...e.map((l) => l.start)),
      o = Math.max(...e.map((l) => l.end)),
      a = (Y(e[0]) + Y(e.at(-1))) / 2,
      s = Pe(r.length, n);
    return { items: r, pending: t, start: i, end: o, x0: a - s, x1: a + s, bar: !1 };
  }
  var Pe = (e, t) => t.bubbleRadius + 3 * Math.max(0, String(e).length - 2),
    Y = (e) => (e.x0 + e.x1) / 2,
    $e = (e) => e.items[0]?.id ?? '',
    Ve = (e, t) => (e < t ? -1 : e > t ? 1 : 0);
  function he(e, t) {
    if (e.length <= t) return e;
    const n = e.slice(0, t - 1),
      r = n.lastIndexOf(' ');
    return `${(r > t / 2 ? n.slice(0, r) : n).replace(/[\s,;:.—–-]+$/u, '')}…`;
  }
  var J = (e, t) => (t === 1 ? e : e.every(t)),
    pe = [
      { interval: E, days: 1, unit: 'day' },
      { interval: J(E, 2), days: 2, unit: 'day' },
      { interval: X, days: 7, unit: 'day' },
      { interval: U, days: 30.4, unit: 'month' },
      { interval: J(U, 3), days: 91.3, unit: 'month' },
      { interval: J(U, 6), days: 182.6, unit: 'month' },
      ...[1, 2, 5, 10, 20, 50, 100].map((e) => ({ interval: J(O, e), days: 365.25 * e, unit: 'year' })),
    ],
    Ut = 0.58,
    Rt = 80;
  function I(e, t) {
    return e.length * t * Ut;
  }
  function Ht(e, t, n) {
    if (t === 'year') return String(e.getUTCFullYear());
    const r =
      t === 'month'
        ? { month: 'short', timeZone: 'UTC' }
        : { month: 'short', day: 'numeric', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(n, r).format(e);
  }
  function je(e, t, n = 14, r = 'en') {
    const [i, o] = e.domain().map((h) => h.getTime()),
      [a, s] = e.range(),
      l = ((s - a) / (o - i)) * 864e5,
      c = { day: 'Sep 30', month: 'Sep', year: '2000' },
      u = (h) => h.days * l,
      f = (h) => u(h) >= I(c[h.unit], t) + n,
      m = (h) => f(h) && u(h) >= Rt && (s - a) / u(h) >= 3,
      d = pe.find(m) ?? pe.find(f) ?? pe.at(-1),
      p = d.interval.range(new Date(i), new Date(o + 1));
    return p.map((h, v) => {
      const R = p[v - 1],
        A = !R || R.getUTCFullYear() !== h.getUTCFullYear(),
        W = { time: h.getTime(), x: e(h), label: Ht(h, d.unit, r), major: A };
      return (A && d.unit !== 'year' && (W.year = String(h.getUTCFullYear())), W);
    });
  }
  var ge = 2,
    kt = 12,
    Ot = 2;
  function ye(e, t) {
    const n = e
        .map((a) => ({ node: a, label: Yt(a, t) }))
        .sort((a, s) => Q(a.node, a.label)[0] - Q(s.node, s.label)[0]),
      r = [],
      i = [],
      o = Math.max(1, t.maxRows - Ot);
    for (const { node: a, label: s } of n) {
      let l = Q(a, s),
        c = Q(a, void 0),
        u = (p, h) => {
          const v = r.findIndex((R, A) => A < h && R + ge <= p[0]);
          return v === -1 && r.length < h ? r.length : v;
        },
        f = s ? u(l, o) : -1,
        m = s,
        d = l;
      f === -1 && ((f = u(c, t.maxRows)), (m = void 0), (d = c)),
        f === -1 && (f = r.indexOf(Math.min(...r))),
        (r[f] = Math.max(r[f] ?? Number.NEGATIVE_INFINITY, d[1])),
        i.push(m ? { ...a, row: f, label: m } : { ...a, row: f });
    }
    return { placed: i, rows: r.length };
  }
  function Yt(e, t) {
    const n = e.items.length === 1 ? e.items[0] : void 0;
    if (!n && !e.bar) return;
    const r = n ? n.label : `${e.items.length} events`,
      i = Math.max(e.x0, t.left),
      o = Math.min(e.x1, t.right) - i - 2 * t.gap,
      a = I('x', t.fontSize);
    if (e.bar && o >= kt * a) {
      const c = he(r, Math.min(t.maxLabelChars, Math.floor(o / a)));
      return { x: i + t.gap, anchor: 'start', text: c, width: I(c, t.fontSize), inside: !0 };
    }
    const s = he(r, t.maxLabelChars),
      l = I(s, t.fontSize);
    return e.x1 + t.gap + l <= t.right
      ? { x: e.x1 + t.gap, anchor: 'start', text: s, width: l, inside: !1 }
      : { x: e.x0 - t.gap, anchor: 'end', text: s, width: l, inside: !1 };
  }
  function Q(e, t) {
    return !t || t.inside
      ? [e.x0, e.x1]
      : t.anchor === 'start'
        ? [e.x0, t.x + t.width + ge * 3]
        : [t.x - t.width - ge * 3, e.x1];
  }
  var M = {
      margin: 12,
      fontSize: 13,
      tickFontSize: 12,
      axisHeight: 42,
      rowHeight: 30,
      laneGap: 12,
      laneTitle: 22,
      maxRows: { dated: 8, pending: 3 },
      maxLabelChars: 48,
    },
    y = (e) => String(Math.round(e * 10) / 10),
    w = (e, t, n, r) => {
      const i = { tag: e, attrs: Object.fromEntries(Object.entries(t).map(([o, a]) => [o, String(a)])) };
      return (n && (i.children = n), r !== void 0 && (i.text = r), i);
    };
  function ee(e, t, n) {
    return n(t, M.margin, e - M.margin);
  }
  function te(e, t) {
    const { margin: n, fontSize: r, rowHeight: i } = M,
      o = n,
      a = t.width - n,
      s = ee(t.width, t.view, t.scale),
      l = ze(e, s, me),
      c = Math.min(M.maxLabelChars, Math.floor((a - o) / 2 / I('x', r))),
      u = { left: o, right: a, fontSize: r, maxLabelChars: c, gap: 8 },
      f = ye(
        l.filter((g) => !g.pending),
        { ...u, maxRows: M.maxRows.dated },
      ),
      m = ye(
        l.filter((g) => g.pending),
        { ...u, maxRows: M.maxRows.pending },
      ),
      d = {
        dated: Math.max(f.rows, t.minRows?.dated ?? 1, 1),
        pending: Math.max(m.rows, t.minRows?.pending ?? 0),
      },
      p = M.axisHeight,
      h = p + d.dated * i + M.laneGap,
      v = d.pending > 0 ? h + M.laneTitle + d.pending * i + 6 : h,
      R = (g) => g.x1 >= o - 40 && g.x0 <= a + 40,
      A = [...f.placed, ...m.placed].filter(R),
      W = A.map((g, G) => {
        const q = g.pending ? h + M.laneTitle : p;
        return qt(g, G, q + g.row * i + i / 2, o, a, t.current);
      }),
      be = je(s, M.tickFontSize, void 0, t.locale),
      it = be.map((g) => `M${y(g.x)} ${M.axisHeight - 6}V${v}`).join(''),
      ot = w('g', { class: 'tl-axis' }, [
        w('path', { class: 'tl-grid', d: it }),
        ...be.flatMap((g) => {
          const G = I(g.label, M.tickFontSize) / 2,
            q = g.x - G < 0 ? 'start' : g.x + G > t.width ? 'end' : 'middle',
            Me = {
              x: y(q === 'start' ? Math.max(g.x, 2) : q === 'end' ? Math.min(g.x, t.width - 2) : g.x),
              'text-anchor': q,
            },
            ve = w(
              'text',
              { class: g.major ? 'tl-tick tl-tick-major' : 'tl-tick', ...Me, y: 16 },
              void 0,
              g.label,
            );
          return g.year
            ? [ve, w('text', { class: 'tl-tick tl-tick-year', ...Me, y: 31 }, void 0, g.year)]
            : [ve];
        }),
      ]),
      st =
        d.pending > 0
          ? [
              w('path', { class: 'tl-lane-rule', d: `M0 ${y(h)}H${t.width}` }),
              w('text', { class: 'tl-lane-title', x: o, y: y(h + 16) }, void 0, 'Pending or undated'),
            ]
          : [];
    return {
      svg: w(
        'svg',
        {
          class: 'tl-svg',
          xmlns: 'http://www.w3.org/2000/svg',
          viewBox: `0 0 ${t.width} ${y(v)}`,
          width: t.width,
          height: y(v),
          'aria-hidden': 'true',
          'data-domain': `${t.view[0]} ${t.view[1]}`,
        },
        [ot, ...st, w('g', { class: 'tl-marks' }, W)],
      ),
      rows: d,
      nodes: A,
    };
  }
  function qt(e, t, n, r, i, o) {
    const a = e.items.length === 1 ? e.items[0] : void 0,
      s = e.items[0],
      l = e.items.at(-1),
      c = ['tl-node', a ? 'tl-item' : 'tl-cluster'];
    c.push(`tl-s-${(s.status ?? 'detected').replace(' ', '-')}`, `tl-p-${s.precision ?? 'undated'}`);
    const u = o !== void 0 && e.items.some((d) => d.id === o);
    u && c.push('tl-current');
    let f = [
        w(
          'title',
          {},
          void 0,
          a ? `${s.when}: ${s.label}` : `${e.items.length} events, ${s.when} to ${l.when}`,
        ),
      ],
      m;
    if (e.bar) {
      const d = Math.max(e.x0, r - 4),
        p = Math.max(d, Math.min(e.x1, i + 4));
      (m = [d, n - 9, p, n + 9]),
        f.push(w('rect', { class: 'tl-shape', x: y(d), y: y(n - 9), width: y(p - d), height: 18, rx: 4 }));
    } else {
      const d = (e.x1 - e.x0) / 2,
        p = e.x0 + d;
      (m = [p - d, n - d, p + d, n + d]),
        f.push(w('circle', { class: 'tl-shape', cx: y(p), cy: y(n), r: y(d) })),
        a ||
          f.push(
            w(
              'text',
              { class: 'tl-count', x: y(p), y: y(n + 4), 'text-anchor': 'middle' },
              void 0,
              String(e.items.length),
            ),
          );
    }
    if (e.label) {
      const { x: d, anchor: p, text: h, inside: v } = e.label;
      f.push(
        w(
          'text',
          { class: v ? 'tl-label tl-label-inside' : 'tl-label', x: y(d), y: y(n + 4.5), 'text-anchor': p },
          void 0,
          h,
        ),
      );
    }
    return (
      u &&
        f.push(
          w('rect', {
            class: 'tl-ring',
            x: y(m[0] - 4),
            y: y(m[1] - 4),
            width: y(m[2] - m[0] + 8),
            height: y(m[3] - m[1] + 8),
            rx: 6,
          }),
        ),
      w('a', { class: c.join(' '), href: `#${s.id}`, tabindex: -1, 'data-node': t }, f)
    );
  }
  function We(e, t, n, r) {
    const i = e.find((l) => l.id === t);
    if (!i) return r.view;
    let o = (i.start + i.end) / 2,
      a = (r.view[1] - r.view[0]) / 2,
      s = j([o - a, o + a], n);
    for (let l = 0; l < 24; l++) {
      const { nodes: c } = te(e, { ...r, view: s }),
        u = c.find((f) => f.items.some((m) => m.id === t));
      if (!u || u.items.length === 1 || ne(u.items) || s[1] - s[0] <= P) return s;
      s = V(s, n, 2, o);
    }
    return s;
  }
  function ne(e) {
    const [t] = e;
    return e.length > 1 && e.every((n) => n.start === t?.start && n.end === t?.end);
  }
  function Ge(e, t) {
    const n = new Intl.NumberFormat(t),
      r = new Intl.PluralRules(t),
      i = (a) => n.format(a),
      o = (a, s = {}) =>
        (e[a] ?? a).replace(/\{(\w+)\}/g, (l, c) => {
          const u = s[c];
          return u === void 0 ? l : typeof u == 'number' ? i(u) : u;
        });
    return (
      (o.number = i),
      (o.count = (a, s) => {
        const l = e[`count.${s}.${r.select(a)}`] ?? e[`count.${s}.other`];
        return l ? l.replace('{n}', i(a)) : `${i(a)} ${s}`;
      }),
      o
    );
  }
  var re;
  function N() {
    if (re) return re;
    const e = {};
    for (const t of document.querySelectorAll('script[data-ui-text]'))
      Object.assign(e, JSON.parse(t.textContent || '{}'));
    return ((re = Ge(e, document.documentElement.lang || 'en')), re);
  }
  var ie = class {
    constructor(t) {
      b(this, 'panel', t);
      b(this, 'openId');
    }
    show(t) {
      const n = t.el.cloneNode(!0);
      n.removeAttribute('id'), (n.hidden = !1);
      for (const o of n.querySelectorAll('.copy-link, .copy-fallback')) o.remove();
      for (const o of n.querySelectorAll('[id]')) o.removeAttribute('id');
      for (const o of n.querySelectorAll('[data-self-link], [data-copy-enhanced], [tabindex]'))
        o.removeAttribute('data-self-link'),
          o.removeAttribute('data-copy-enhanced'),
          o.removeAttribute('tabindex');
      const r = n.querySelector('h4');
      if (r) {
        const o = document.createElement('h3');
        (o.className = r.className), o.append(...r.childNodes), r.replaceWith(o);
      }
      const i = document.createElement('div');
      (i.className = 'tl-entry'),
        i.append(...n.childNodes),
        this.panel.querySelector('.tl-details-body')?.replaceChildren(i),
        (this.panel.hidden = !1),
        (this.openId = t.item.id);
    }
    hide() {
      (this.panel.hidden = !0), (this.openId = void 0);
    }
  };
  function _e(e) {
    const t = (n) => e.querySelector(`select[data-filter="${n}"]`)?.value ?? '';
    return { category: t('category'), status: t('status'), documents: t('documents') };
  }
  function Be(e, t) {
    return (
      (!t.category || e.category === t.category) &&
      (!t.status || e.status === t.status) &&
      (!t.documents || e.documents.includes(t.documents))
    );
  }
  function Ke(e) {
    for (const t of e.querySelectorAll('select[data-filter]')) t.value = '';
  }
  function Xe(e, t, n) {
    for (const i of t) i.el.hidden = !n.has(i);
    for (const i of e.querySelectorAll('.tl-list-group'))
      i.hidden = !i.querySelector('.tl-entry:not([hidden])');
    const r = e.querySelector('.tl-shown');
    r &&
      (r.textContent =
        n.size === t.length
          ? N()('timeline.allEvents', { events: N().count(t.length, 'event') })
          : N()('timeline.showing', { shown: n.size, events: N().count(t.length, 'event') }));
  }
  function Ze(e, t) {
    let n = new Map(),
      r = 0,
      i = !1,
      o = (s) => s - e.getBoundingClientRect().left + e.scrollLeft;
    e.addEventListener('pointerdown', (s) => {
      (s.pointerType === 'mouse' && s.button !== 0) ||
        (n.set(s.pointerId, { x: s.clientX, y: s.clientY }), (r = 0), (i = !1));
    }),
      e.addEventListener('pointermove', (s) => {
        const l = n.get(s.pointerId);
        if (!l) return;
        if (n.size === 2) {
          const [u, f] = [...n.values()],
            m = Math.hypot(u.x - f.x, u.y - f.y);
          n.set(s.pointerId, { x: s.clientX, y: s.clientY });
          const [d, p] = [...n.values()],
            h = Math.hypot(d.x - p.x, d.y - p.y);
          m > 0 && h > 0 && t.zoom(h / m, o((d.x + p.x) / 2)), (i = !0);
          return;
        }
        const c = s.clientX - l.x;
        (r += Math.abs(c) + Math.abs(s.clientY - l.y)),
          n.set(s.pointerId, { x: s.clientX, y: s.clientY }),
          !i && r > 4 && ((i = !0), e.setPointerCapture(s.pointerId)),
          i && t.pan(c);
      });
    const a = (s) => {
      n.delete(s.pointerId);
    };
    e.addEventListener('pointerup', a),
      e.addEventListener('pointercancel', a),
      e.addEventListener(
        'click',
        (s) => {
          i && ((i = !1), s.preventDefault(), s.stopPropagation());
        },
        !0,
      ),
      e.addEventListener(
        'wheel',
        (s) => {
          const l = s.deltaMode === 1 ? 16 : s.deltaMode === 2 ? e.clientWidth : 1;
          s.ctrlKey || s.metaKey
            ? (s.preventDefault(), t.zoom(Math.exp(-s.deltaY * l * 0.002), o(s.clientX)))
            : Math.abs(s.deltaX) > Math.abs(s.deltaY) && (s.preventDefault(), t.pan(-s.deltaX * l));
        },
        { passive: !1 },
      ),
      e.addEventListener('dblclick', (s) => {
        s.preventDefault(), t.zoom(s.shiftKey ? 0.5 : 2, o(s.clientX));
      });
  }
  var $t = {
    ArrowRight: (e) => e.step(1),
    ArrowDown: (e) => e.step(1),
    ArrowLeft: (e) => e.step(-1),
    ArrowUp: (e) => e.step(-1),
    Home: (e) => e.first(),
    End: (e) => e.last(),
    Enter: (e) => e.openCurrent(),
    ' ': (e) => e.openCurrent(),
    Escape: (e) => e.closeDetails(),
    '+': (e) => e.zoomBy(2),
    '=': (e) => e.zoomBy(2),
    '-': (e) => e.zoomBy(0.5),
  };
  function Je(e, t) {
    const n = $t[e.key];
    !n || e.altKey || e.ctrlKey || e.metaKey || (e.preventDefault(), n(t));
  }
  var zt = 'a[href], button, select, input, [tabindex]';
  function xe(e, t) {
    const n = e.querySelector('.tl-list');
    if (n) {
      for (const r of n.querySelectorAll(zt))
        if (t && r.dataset.tlTabindex === void 0)
          (r.dataset.tlTabindex = r.getAttribute('tabindex') ?? ''), (r.tabIndex = -1);
        else if (!t && r.dataset.tlTabindex !== void 0) {
          const i = r.dataset.tlTabindex;
          i ? r.setAttribute('tabindex', i) : r.removeAttribute('tabindex'), delete r.dataset.tlTabindex;
        }
    }
  }
  function Qe(e) {
    return new Date(`${e}T00:00:00Z`);
  }
  function et(e, t) {
    return [Qe(e).getTime(), E.offset(Qe(t), 1).getTime()];
  }
  function tt(e) {
    return [...e.querySelectorAll('.tl-entries > .tl-entry')].map((t) => {
      const n = t.dataset,
        [r, i] = et(n.start ?? '', n.end ?? '');
      return {
        el: t,
        category: n.category || '-',
        status: n.status || '-',
        documents: (n.documents ?? '').split(' '),
        item: {
          id: t.id,
          start: r,
          end: i,
          precision: n.precision || null,
          status: n.status || null,
          pending: n.pending === 'true',
          label: t.querySelector('.tl-entry-title-text')?.textContent?.trim() ?? t.id,
          when: t.querySelector('.tl-entry-when')?.textContent?.trim() ?? '',
        },
      };
    });
  }
  var Pt = 'http://www.w3.org/2000/svg';
  function nt(e) {
    const t = document.createElementNS(Pt, e.tag);
    for (const [n, r] of Object.entries(e.attrs)) n !== 'xmlns' && t.setAttribute(n, r);
    e.text !== void 0 && (t.textContent = e.text);
    for (const n of e.children ?? []) t.append(nt(n));
    return t;
  }
  function rt(e, t) {
    const n = nt(t),
      r = e.querySelector('svg.tl-svg');
    return (r ? r.replaceWith(n) : e.append(n), n);
  }
  var Vt = matchMedia('(prefers-reduced-motion: reduce)'),
    we = 0;
  function oe(e, t, n) {
    if ((cancelAnimationFrame(we), Vt.matches)) {
      n(t);
      return;
    }
    const r = performance.now(),
      i = (o) => {
        const a = Math.min(1, (o - r) / 260),
          s = 1 - (1 - a) ** 3;
        n([e[0] + (t[0] - e[0]) * s, e[1] + (t[1] - e[1]) * s]), a < 1 && (we = requestAnimationFrame(i));
      };
    we = requestAnimationFrame(i);
  }
  var se = class extends HTMLElement {
    constructor() {
      super(...arguments);
      b(this, 'entries', []);
      b(this, 'shown', []);
      b(this, 'current');
      b(this, 'full', [0, 1]);
      b(this, 'view', [0, 1]);
      b(this, 'scene');
      b(this, 'minRows', { dated: 0, pending: 0 });
      b(this, 'frame', 0);
      b(this, 'viewport');
      b(this, 'details');
    }
    connectedCallback() {
      if (this.dataset.ready) return;
      (this.dataset.ready = 'true'),
        (this.entries = tt(this)),
        (this.shown = this.entries),
        (this.full = qe(this.entries.map((r) => r.item))),
        (this.view = this.full),
        (this.viewport = this.querySelector('.tl-viewport')),
        (this.details = new ie(this.querySelector('.tl-details'))),
        this.listen(),
        this.setView('chart'),
        this.applyFilters(),
        document.readyState === 'complete'
          ? this.showHash()
          : window.addEventListener('load', () => this.showHash(), { once: !0 });
      const n = this.querySelector('.tl-list');
      n &&
        new MutationObserver(() => xe(this, this.dataset.view === 'chart')).observe(n, {
          childList: !0,
          subtree: !0,
        });
    }
    listen() {
      Ze(this.viewport, {
        zoom: (n, r) => this.zoomAt(n, r),
        pan: (n) => {
          const [r, i] = ee(this.width(), this.view, z).range();
          this.setDomain(this.view, (-n * (this.view[1] - this.view[0])) / (i - r));
        },
      }),
        this.viewport.addEventListener('click', (n) => {
          const r = n.target.closest('a.tl-node');
          if (!r) return;
          n.preventDefault();
          const i = this.scene?.nodes[Number(r.getAttribute('data-node'))];
          if (i)
            if (i.items.length > 1 && !ne(i.items)) {
              const o = Math.max((i.end - i.start) * 0.15, P);
              oe(this.view, [i.start - o, i.end + o], (a) => this.setDomain(a));
            } else this.select(this.shown.find((o) => o.item.id === i.items[0]?.id)), this.openCurrent();
        }),
        this.viewport.addEventListener('keydown', (n) => Je(n, this)),
        this.viewport.addEventListener('focus', () => {
          this.current || this.select(this.shown.find((n) => this.inView(n)) ?? this.shown[0]);
        });
      for (const n of this.querySelectorAll('button[data-view]'))
        n.addEventListener('click', () => this.setView(n.dataset.view === 'list' ? 'list' : 'chart'));
      for (const n of this.querySelectorAll('[data-zoom]'))
        n.addEventListener('click', () => {
          const r = n.dataset.zoom;
          r === 'all'
            ? oe(this.view, this.full, (i) => this.setDomain(i))
            : this.zoomBy(r === 'in' ? 2 : 0.5);
        });
      this.querySelector('[data-close]')?.addEventListener('click', () => this.closeDetails());
      for (const n of this.querySelectorAll('select[data-filter]'))
        n.addEventListener('change', () => this.applyFilters());
      window.addEventListener('hashchange', () => this.showHash()),
        new ResizeObserver(() => this.draw()).observe(this.viewport);
    }
    width() {
      return Math.max(300, Math.floor(this.viewport.clientWidth));
    }
    inView(n) {
      return n.item.end > this.view[0] && n.item.start < this.view[1];
    }
    setDomain(n, r = 0) {
      (this.view = j(n, this.full, r)), this.requestDraw();
    }
    zoomAt(n, r) {
      const i = ee(this.width(), this.view, z).invert(r).getTime();
      this.setDomain(V(this.view, this.full, n, i));
    }
    zoomBy(n) {
      const r = this.current && this.inView(this.current) ? this.current.item : void 0,
        i = r ? (r.start + r.end) / 2 : (this.view[0] + this.view[1]) / 2;
      oe(this.view, V(this.view, this.full, n, i), (o) => this.setDomain(o));
    }
    requestDraw() {
      this.frame || (this.frame = requestAnimationFrame(() => this.draw()));
    }
    draw() {
      cancelAnimationFrame(this.frame),
        (this.frame = 0),
        this.dataset.view === 'chart' &&
          ((this.scene = te(
            this.shown.map((n) => n.item),
            {
              width: this.width(),
              view: this.view,
              scale: z,
              locale: document.documentElement.lang || 'en',
              minRows: this.minRows,
              current: this.current?.item.id,
            },
          )),
          (this.minRows = this.scene.rows),
          rt(this.viewport, this.scene.svg));
    }
    setView(n) {
      this.dataset.view = n;
      for (const r of this.querySelectorAll('button[data-view]'))
        r.setAttribute('aria-pressed', String(r.getAttribute('data-view') === n));
      this.querySelector('.tl-list')?.classList.toggle('visually-hidden', n === 'chart'),
        xe(this, n === 'chart'),
        this.draw();
    }
    applyFilters() {
      const n = _e(this);
      (this.shown = this.entries.filter((r) => Be(r, n))),
        Xe(this, this.entries, new Set(this.shown)),
        this.current && !this.shown.includes(this.current) && ((this.current = void 0), this.closeDetails()),
        (this.minRows = { dated: 0, pending: 0 }),
        this.draw();
    }
    first() {
      this.select(this.shown[0]);
    }
    last() {
      this.select(this.shown.at(-1));
    }
    step(n) {
      const r = this.current ? this.shown.indexOf(this.current) : -1;
      this.select(this.shown[Math.min(Math.max(r + n, 0), this.shown.length - 1)]);
    }
    select(n) {
      if (!n) return;
      if (((this.current = n), !this.inView(n))) {
        const s = (this.view[1] - this.view[0]) / 2,
          l = (n.item.start + n.item.end) / 2;
        this.setDomain([l - s, l + s]);
      }
      this.details.openId && (this.details.show(n), history.replaceState(null, '', `#${n.item.id}`));
      const r = this.scene?.nodes.find((s) => s.items.some((l) => l.id === n.item.id)),
        i = r?.items.length ?? 1,
        o =
          i === 1
            ? ''
            : ne(r?.items ?? [])
              ? N()('timeline.sameDates', { n: i })
              : N()('timeline.inGroup', { n: i }),
        a = N()('timeline.position', { n: this.shown.indexOf(n) + 1, total: this.shown.length });
      this.announce(`${n.item.when}: ${n.item.label}. ${a}.${o}`), this.draw();
    }
    openCurrent() {
      this.current &&
        (this.details.show(this.current), history.replaceState(null, '', `#${this.current.item.id}`));
    }
    closeDetails() {
      this.details.openId &&
        (this.details.hide(), this.dataset.view === 'chart' && this.viewport.focus({ preventScroll: !0 }));
    }
    announce(n) {
      const r = this.querySelector('.tl-announce');
      r && (r.textContent = n);
    }
    showHash() {
      let n = decodeURIComponent(location.hash.slice(1)),
        r = this.entries.find((i) => i.item.id === n);
      if (r) {
        if (
          (this.shown.includes(r) || (Ke(this), this.applyFilters()),
          (r = this.shown.find((i) => i.item.id === n)),
          this.dataset.view === 'list')
        ) {
          (r.el.tabIndex = -1), r.el.focus();
          return;
        }
        (this.view = We(
          this.shown.map((i) => i.item),
          n,
          this.full,
          { width: this.width(), view: this.view, scale: z },
        )),
          this.select(r),
          this.details.show(r),
          this.viewport.focus({ preventScroll: !0 }),
          this.querySelector('.tl-chart')?.scrollIntoView({ block: 'start' });
      }
    }
  };
  customElements.get('explainer-timeline') || customElements.define('explainer-timeline', se);
})();

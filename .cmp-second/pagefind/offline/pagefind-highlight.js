(() => {
  var B = Object.create,
    N = Object.defineProperty,
    _ = Object.getOwnPropertyDescriptor,
    F = Object.getOwnPropertyNames,
    O = Object.getPrototypeOf,
    b = Object.prototype.hasOwnProperty,
    M = (c, h, p) =>
      h in c ? N(c, h, { enumerable: !0, configurable: !0, writable: !0, value: p }) : (c[h] = p),
    T = (c, h) => () => {
      try {
        return (h || (0, c[F(c)[0]])((h = { exports: {} }).exports, h), h.exports);
      } catch (v) {
        throw ((h = 0), v);
      }
    },
    P = (c, h, p, v) => {
      if ((h && typeof h == 'object') || typeof h == 'function')
        for (const y of F(h))
          !b.call(c, y) &&
            y !== p &&
            N(c, y, { get: () => h[y], enumerable: !(v = _(h, y)) || v.enumerable });
      return c;
    },
    J = (c, h, p) => (
      (p = c != null ? B(O(c)) : {}),
      P(h || !c || !c.__esModule ? N(p, 'default', { value: c, enumerable: !0 }) : p, c)
    ),
    D = (c, h, p) => M(c, typeof h != 'symbol' ? h + '' : h, p),
    W = T({
      'node_modules/mark.js/dist/mark.js'(c, h) {
        ((p, v) => {
          typeof c == 'object' && typeof h < 'u'
            ? (h.exports = v())
            : typeof define == 'function' && define.amd
              ? define(v)
              : (p.Mark = v());
        })(c, () => {
          var p =
              typeof Symbol == 'function' && typeof Symbol.iterator == 'symbol'
                ? (E) => typeof E
                : (E) =>
                    E && typeof Symbol == 'function' && E.constructor === Symbol && E !== Symbol.prototype
                      ? 'symbol'
                      : typeof E,
            v = (E, s) => {
              if (!(E instanceof s)) throw new TypeError('Cannot call a class as a function');
            },
            y = (() => {
              function E(s, e) {
                for (var a = 0; a < e.length; a++) {
                  var t = e[a];
                  (t.enumerable = t.enumerable || !1),
                    (t.configurable = !0),
                    'value' in t && (t.writable = !0),
                    Object.defineProperty(s, t.key, t);
                }
              }
              return (s, e, a) => (e && E(s.prototype, e), a && E(s, a), s);
            })(),
            A =
              Object.assign ||
              function (E) {
                for (var s = 1; s < arguments.length; s++) {
                  var e = arguments[s];
                  for (var a in e) Object.hasOwn(e, a) && (E[a] = e[a]);
                }
                return E;
              },
            k = (() => {
              function E(s) {
                var e = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : !0,
                  a = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : [],
                  t = arguments.length > 3 && arguments[3] !== void 0 ? arguments[3] : 5e3;
                v(this, E), (this.ctx = s), (this.iframes = e), (this.exclude = a), (this.iframesTimeout = t);
              }
              return (
                y(
                  E,
                  [
                    {
                      key: 'getContexts',
                      value: function () {
                        var e = void 0,
                          a = [];
                        return (
                          typeof this.ctx > 'u' || !this.ctx
                            ? (e = [])
                            : NodeList.prototype.isPrototypeOf(this.ctx)
                              ? (e = Array.prototype.slice.call(this.ctx))
                              : Array.isArray(this.ctx)
                                ? (e = this.ctx)
                                : typeof this.ctx == 'string'
                                  ? (e = Array.prototype.slice.call(document.querySelectorAll(this.ctx)))
                                  : (e = [this.ctx]),
                          e.forEach((t) => {
                            var n = a.filter((r) => r.contains(t)).length > 0;
                            a.indexOf(t) === -1 && !n && a.push(t);
                          }),
                          a
                        );
                      },
                    },
                    {
                      key: 'getIframeContents',
                      value: function (e, a) {
                        var t = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : () => {},
                          n = void 0;
                        try {
                          var r = e.contentWindow;
                          if (((n = r.document), !r || !n)) throw new Error('iframe inaccessible');
                        } catch {
                          t();
                        }
                        n && a(n);
                      },
                    },
                    {
                      key: 'isIframeBlank',
                      value: (e) => {
                        var a = 'about:blank',
                          t = e.getAttribute('src').trim(),
                          n = e.contentWindow.location.href;
                        return n === a && t !== a && t;
                      },
                    },
                    {
                      key: 'observeIframeLoad',
                      value: function (e, a, t) {
                        var n = this,
                          r = !1,
                          u = null,
                          i = function o() {
                            if (!r) {
                              (r = !0), clearTimeout(u);
                              try {
                                n.isIframeBlank(e) ||
                                  (e.removeEventListener('load', o), n.getIframeContents(e, a, t));
                              } catch {
                                t();
                              }
                            }
                          };
                        e.addEventListener('load', i), (u = setTimeout(i, this.iframesTimeout));
                      },
                    },
                    {
                      key: 'onIframeReady',
                      value: function (e, a, t) {
                        try {
                          e.contentWindow.document.readyState === 'complete'
                            ? this.isIframeBlank(e)
                              ? this.observeIframeLoad(e, a, t)
                              : this.getIframeContents(e, a, t)
                            : this.observeIframeLoad(e, a, t);
                        } catch {
                          t();
                        }
                      },
                    },
                    {
                      key: 'waitForIframes',
                      value: function (e, a) {
                        var n = 0;
                        this.forEachIframe(
                          e,
                          () => !0,
                          (r) => {
                            n++,
                              this.waitForIframes(r.querySelector('html'), () => {
                                --n || a();
                              });
                          },
                          (r) => {
                            r || a();
                          },
                        );
                      },
                    },
                    {
                      key: 'forEachIframe',
                      value: function (e, a, t) {
                        var r = arguments.length > 3 && arguments[3] !== void 0 ? arguments[3] : () => {},
                          u = e.querySelectorAll('iframe'),
                          i = u.length,
                          o = 0;
                        u = Array.prototype.slice.call(u);
                        var l = () => {
                          --i <= 0 && r(o);
                        };
                        i || l(),
                          u.forEach((f) => {
                            E.matches(f, this.exclude)
                              ? l()
                              : this.onIframeReady(
                                  f,
                                  (d) => {
                                    a(f) && (o++, t(d)), l();
                                  },
                                  l,
                                );
                          });
                      },
                    },
                    { key: 'createIterator', value: (e, a, t) => document.createNodeIterator(e, a, t, !1) },
                    {
                      key: 'createInstanceOnIframe',
                      value: function (e) {
                        return new E(e.querySelector('html'), this.iframes);
                      },
                    },
                    {
                      key: 'compareNodeIframe',
                      value: (e, a, t) => {
                        var n = e.compareDocumentPosition(t),
                          r = Node.DOCUMENT_POSITION_PRECEDING;
                        if (n & r)
                          if (a !== null) {
                            var u = a.compareDocumentPosition(t),
                              i = Node.DOCUMENT_POSITION_FOLLOWING;
                            if (u & i) return !0;
                          } else return !0;
                        return !1;
                      },
                    },
                    {
                      key: 'getIteratorNode',
                      value: (e) => {
                        var a = e.previousNode(),
                          t = void 0;
                        return (
                          a === null ? (t = e.nextNode()) : (t = e.nextNode() && e.nextNode()),
                          { prevNode: a, node: t }
                        );
                      },
                    },
                    {
                      key: 'checkIframeFilter',
                      value: function (e, a, t, n) {
                        var r = !1,
                          u = !1;
                        return (
                          n.forEach((i, o) => {
                            i.val === t && ((r = o), (u = i.handled));
                          }),
                          this.compareNodeIframe(e, a, t)
                            ? (r === !1 && !u
                                ? n.push({ val: t, handled: !0 })
                                : r !== !1 && !u && (n[r].handled = !0),
                              !0)
                            : (r === !1 && n.push({ val: t, handled: !1 }), !1)
                        );
                      },
                    },
                    {
                      key: 'handleOpenIframes',
                      value: function (e, a, t, n) {
                        e.forEach((u) => {
                          u.handled ||
                            this.getIframeContents(u.val, (i) => {
                              this.createInstanceOnIframe(i).forEachNode(a, t, n);
                            });
                        });
                      },
                    },
                    {
                      key: 'iterateThroughNodes',
                      value: function (e, a, t, n, r) {
                        for (
                          var i = this.createIterator(a, e, n),
                            o = [],
                            l = [],
                            f = void 0,
                            d = void 0,
                            g = () => {
                              var x = this.getIteratorNode(i);
                              return ((d = x.prevNode), (f = x.node), f);
                            };
                          g();
                        )
                          this.iframes &&
                            this.forEachIframe(
                              a,
                              (m) => this.checkIframeFilter(f, d, m, o),
                              (m) => {
                                this.createInstanceOnIframe(m).forEachNode(e, (x) => l.push(x), n);
                              },
                            ),
                            l.push(f);
                        l.forEach((m) => {
                          t(m);
                        }),
                          this.iframes && this.handleOpenIframes(o, e, t, n),
                          r();
                      },
                    },
                    {
                      key: 'forEachNode',
                      value: function (e, a, t) {
                        var r = arguments.length > 3 && arguments[3] !== void 0 ? arguments[3] : () => {},
                          u = this.getContexts(),
                          i = u.length;
                        i || r(),
                          u.forEach((o) => {
                            var l = () => {
                              this.iterateThroughNodes(e, o, a, t, () => {
                                --i <= 0 && r();
                              });
                            };
                            this.iframes ? this.waitForIframes(o, l) : l();
                          });
                      },
                    },
                  ],
                  [
                    {
                      key: 'matches',
                      value: (e, a) => {
                        var t = typeof a == 'string' ? [a] : a,
                          n =
                            e.matches ||
                            e.matchesSelector ||
                            e.msMatchesSelector ||
                            e.mozMatchesSelector ||
                            e.oMatchesSelector ||
                            e.webkitMatchesSelector;
                        if (n) {
                          var r = !1;
                          return (t.every((u) => (n.call(e, u) ? ((r = !0), !1) : !0)), r);
                        } else return !1;
                      },
                    },
                  ],
                ),
                E
              );
            })(),
            S = (() => {
              function E(s) {
                v(this, E), (this.ctx = s), (this.ie = !1);
                var e = window.navigator.userAgent;
                (e.indexOf('MSIE') > -1 || e.indexOf('Trident') > -1) && (this.ie = !0);
              }
              return (
                y(E, [
                  {
                    key: 'log',
                    value: function (e) {
                      var a = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : 'debug',
                        t = this.opt.log;
                      this.opt.debug &&
                        (typeof t > 'u' ? 'undefined' : p(t)) === 'object' &&
                        typeof t[a] == 'function' &&
                        t[a]('mark.js: ' + e);
                    },
                  },
                  { key: 'escapeStr', value: (e) => e.replace(/[-[\]/{}()*+?.\\^$|]/g, '\\$&') },
                  {
                    key: 'createRegExp',
                    value: function (e) {
                      return (
                        this.opt.wildcards !== 'disabled' && (e = this.setupWildcardsRegExp(e)),
                        (e = this.escapeStr(e)),
                        Object.keys(this.opt.synonyms).length && (e = this.createSynonymsRegExp(e)),
                        (this.opt.ignoreJoiners || this.opt.ignorePunctuation.length) &&
                          (e = this.setupIgnoreJoinersRegExp(e)),
                        this.opt.diacritics && (e = this.createDiacriticsRegExp(e)),
                        (e = this.createMergedBlanksRegExp(e)),
                        (this.opt.ignoreJoiners || this.opt.ignorePunctuation.length) &&
                          (e = this.createJoinersRegExp(e)),
                        this.opt.wildcards !== 'disabled' && (e = this.createWildcardsRegExp(e)),
                        (e = this.createAccuracyRegExp(e)),
                        e
                      );
                    },
                  },
                  {
                    key: 'createSynonymsRegExp',
                    value: function (e) {
                      var a = this.opt.synonyms,
                        t = this.opt.caseSensitive ? '' : 'i',
                        n = this.opt.ignoreJoiners || this.opt.ignorePunctuation.length ? '\0' : '';
                      for (var r in a)
                        if (Object.hasOwn(a, r)) {
                          var u = a[r],
                            i =
                              this.opt.wildcards !== 'disabled'
                                ? this.setupWildcardsRegExp(r)
                                : this.escapeStr(r),
                            o =
                              this.opt.wildcards !== 'disabled'
                                ? this.setupWildcardsRegExp(u)
                                : this.escapeStr(u);
                          i !== '' &&
                            o !== '' &&
                            (e = e.replace(
                              new RegExp('(' + this.escapeStr(i) + '|' + this.escapeStr(o) + ')', 'gm' + t),
                              n + ('(' + this.processSynomyms(i) + '|') + (this.processSynomyms(o) + ')') + n,
                            ));
                        }
                      return e;
                    },
                  },
                  {
                    key: 'processSynomyms',
                    value: function (e) {
                      return (
                        (this.opt.ignoreJoiners || this.opt.ignorePunctuation.length) &&
                          (e = this.setupIgnoreJoinersRegExp(e)),
                        e
                      );
                    },
                  },
                  {
                    key: 'setupWildcardsRegExp',
                    value: (e) => (
                      (e = e.replace(/(?:\\)*\?/g, (a) => (a.charAt(0) === '\\' ? '?' : ''))),
                      e.replace(/(?:\\)*\*/g, (a) => (a.charAt(0) === '\\' ? '*' : ''))
                    ),
                  },
                  {
                    key: 'createWildcardsRegExp',
                    value: function (e) {
                      var a = this.opt.wildcards === 'withSpaces';
                      return e
                        .replace(/\u0001/g, a ? '[\\S\\s]?' : '\\S?')
                        .replace(/\u0002/g, a ? '[\\S\\s]*?' : '\\S*');
                    },
                  },
                  {
                    key: 'setupIgnoreJoinersRegExp',
                    value: (e) =>
                      e.replace(/[^(|)\\]/g, (a, t, n) => {
                        var r = n.charAt(t + 1);
                        return /[(|)\\]/.test(r) || r === '' ? a : a + '\0';
                      }),
                  },
                  {
                    key: 'createJoinersRegExp',
                    value: function (e) {
                      var a = [],
                        t = this.opt.ignorePunctuation;
                      return (
                        Array.isArray(t) && t.length && a.push(this.escapeStr(t.join(''))),
                        this.opt.ignoreJoiners && a.push('\\u00ad\\u200b\\u200c\\u200d'),
                        a.length ? e.split(/\u0000+/).join('[' + a.join('') + ']*') : e
                      );
                    },
                  },
                  {
                    key: 'createDiacriticsRegExp',
                    value: function (e) {
                      var a = this.opt.caseSensitive ? '' : 'i',
                        t = this.opt.caseSensitive
                          ? [
                              'aàáảãạăằắẳẵặâầấẩẫậäåāą',
                              'AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÄÅĀĄ',
                              'cçćč',
                              'CÇĆČ',
                              'dđď',
                              'DĐĎ',
                              'eèéẻẽẹêềếểễệëěēę',
                              'EÈÉẺẼẸÊỀẾỂỄỆËĚĒĘ',
                              'iìíỉĩịîïī',
                              'IÌÍỈĨỊÎÏĪ',
                              'lł',
                              'LŁ',
                              'nñňń',
                              'NÑŇŃ',
                              'oòóỏõọôồốổỗộơởỡớờợöøō',
                              'OÒÓỎÕỌÔỒỐỔỖỘƠỞỠỚỜỢÖØŌ',
                              'rř',
                              'RŘ',
                              'sšśșş',
                              'SŠŚȘŞ',
                              'tťțţ',
                              'TŤȚŢ',
                              'uùúủũụưừứửữựûüůū',
                              'UÙÚỦŨỤƯỪỨỬỮỰÛÜŮŪ',
                              'yýỳỷỹỵÿ',
                              'YÝỲỶỸỴŸ',
                              'zžżź',
                              'ZŽŻŹ',
                            ]
                          : [
                              'aàáảãạăằắẳẵặâầấẩẫậäåāąAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÄÅĀĄ',
                              'cçćčCÇĆČ',
                              'dđďDĐĎ',
                              'eèéẻẽẹêềếểễệëěēęEÈÉẺẼẸÊỀẾỂỄỆËĚĒĘ',
                              'iìíỉĩịîïīIÌÍỈĨỊÎÏĪ',
                              'lłLŁ',
                              'nñňńNÑŇŃ',
                              'oòóỏõọôồốổỗộơởỡớờợöøōOÒÓỎÕỌÔỒỐỔỖỘƠỞỠỚỜỢÖØŌ',
                              'rřRŘ',
                              'sšśșşSŠŚȘŞ',
                              'tťțţTŤȚŢ',
                              'uùúủũụưừứửữựûüůūUÙÚỦŨỤƯỪỨỬỮỰÛÜŮŪ',
                              'yýỳỷỹỵÿYÝỲỶỸỴŸ',
                              'zžżźZŽŻŹ',
                            ],
                        n = [];
                      return (
                        e.split('').forEach((r) => {
                          t.every((u) => {
                            if (u.indexOf(r) !== -1) {
                              if (n.indexOf(u) > -1) return !1;
                              (e = e.replace(new RegExp('[' + u + ']', 'gm' + a), '[' + u + ']')), n.push(u);
                            }
                            return !0;
                          });
                        }),
                        e
                      );
                    },
                  },
                  { key: 'createMergedBlanksRegExp', value: (e) => e.replace(/[\s]+/gim, '[\\s]+') },
                  {
                    key: 'createAccuracyRegExp',
                    value: function (e) {
                      var t = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~¡¿',
                        n = this.opt.accuracy,
                        r = typeof n == 'string' ? n : n.value,
                        u = typeof n == 'string' ? [] : n.limiters,
                        i = '';
                      switch (
                        (u.forEach((o) => {
                          i += '|' + this.escapeStr(o);
                        }),
                        r)
                      ) {
                        case 'partially':
                        default:
                          return '()(' + e + ')';
                        case 'complementary':
                          return (
                            (i = '\\s' + (i || this.escapeStr(t))), '()([^' + i + ']*' + e + '[^' + i + ']*)'
                          );
                        case 'exactly':
                          return '(^|\\s' + i + ')(' + e + ')(?=$|\\s' + i + ')';
                      }
                    },
                  },
                  {
                    key: 'getSeparatedKeywords',
                    value: function (e) {
                      var t = [];
                      return (
                        e.forEach((n) => {
                          this.opt.separateWordSearch
                            ? n.split(' ').forEach((r) => {
                                r.trim() && t.indexOf(r) === -1 && t.push(r);
                              })
                            : n.trim() && t.indexOf(n) === -1 && t.push(n);
                        }),
                        { keywords: t.sort((n, r) => r.length - n.length), length: t.length }
                      );
                    },
                  },
                  { key: 'isNumeric', value: (e) => Number(parseFloat(e)) == e },
                  {
                    key: 'checkRanges',
                    value: function (e) {
                      if (!Array.isArray(e) || Object.prototype.toString.call(e[0]) !== '[object Object]')
                        return (
                          this.log('markRanges() will only accept an array of objects'),
                          this.opt.noMatch(e),
                          []
                        );
                      var t = [],
                        n = 0;
                      return (
                        e
                          .sort((r, u) => r.start - u.start)
                          .forEach((r) => {
                            var u = this.callNoMatchOnInvalidRanges(r, n),
                              i = u.start,
                              o = u.end,
                              l = u.valid;
                            l && ((r.start = i), (r.length = o - i), t.push(r), (n = o));
                          }),
                        t
                      );
                    },
                  },
                  {
                    key: 'callNoMatchOnInvalidRanges',
                    value: function (e, a) {
                      var t = void 0,
                        n = void 0,
                        r = !1;
                      return (
                        e && typeof e.start < 'u'
                          ? ((t = parseInt(e.start, 10)),
                            (n = t + parseInt(e.length, 10)),
                            this.isNumeric(e.start) && this.isNumeric(e.length) && n - a > 0 && n - t > 0
                              ? (r = !0)
                              : (this.log(
                                  'Ignoring invalid or overlapping range: ' + ('' + JSON.stringify(e)),
                                ),
                                this.opt.noMatch(e)))
                          : (this.log('Ignoring invalid range: ' + JSON.stringify(e)), this.opt.noMatch(e)),
                        { start: t, end: n, valid: r }
                      );
                    },
                  },
                  {
                    key: 'checkWhitespaceRanges',
                    value: function (e, a, t) {
                      var n = void 0,
                        r = !0,
                        u = t.length,
                        i = a - u,
                        o = parseInt(e.start, 10) - i;
                      return (
                        (o = o > u ? u : o),
                        (n = o + parseInt(e.length, 10)),
                        n > u && ((n = u), this.log('End range automatically set to the max value of ' + u)),
                        o < 0 || n - o < 0 || o > u || n > u
                          ? ((r = !1), this.log('Invalid range: ' + JSON.stringify(e)), this.opt.noMatch(e))
                          : t.substring(o, n).replace(/\s+/g, '') === '' &&
                            ((r = !1),
                            this.log('Skipping whitespace only range: ' + JSON.stringify(e)),
                            this.opt.noMatch(e)),
                        { start: o, end: n, valid: r }
                      );
                    },
                  },
                  {
                    key: 'getTextNodes',
                    value: function (e) {
                      var t = '',
                        n = [];
                      this.iterator.forEachNode(
                        NodeFilter.SHOW_TEXT,
                        (r) => {
                          n.push({ start: t.length, end: (t += r.textContent).length, node: r });
                        },
                        (r) =>
                          this.matchesExclude(r.parentNode)
                            ? NodeFilter.FILTER_REJECT
                            : NodeFilter.FILTER_ACCEPT,
                        () => {
                          e({ value: t, nodes: n });
                        },
                      );
                    },
                  },
                  {
                    key: 'matchesExclude',
                    value: function (e) {
                      return k.matches(
                        e,
                        this.opt.exclude.concat(['script', 'style', 'title', 'head', 'html']),
                      );
                    },
                  },
                  {
                    key: 'wrapRangeInTextNode',
                    value: function (e, a, t) {
                      var n = this.opt.element ? this.opt.element : 'mark',
                        r = e.splitText(a),
                        u = r.splitText(t - a),
                        i = document.createElement(n);
                      return (
                        i.setAttribute('data-markjs', 'true'),
                        this.opt.className && i.setAttribute('class', this.opt.className),
                        (i.textContent = r.textContent),
                        r.parentNode.replaceChild(i, r),
                        u
                      );
                    },
                  },
                  {
                    key: 'wrapRangeInMappedTextNode',
                    value: function (e, a, t, n, r) {
                      e.nodes.every((i, o) => {
                        var l = e.nodes[o + 1];
                        if (typeof l > 'u' || l.start > a) {
                          if (!n(i.node)) return !1;
                          var f = a - i.start,
                            d = (t > i.end ? i.end : t) - i.start,
                            g = e.value.substr(0, i.start),
                            m = e.value.substr(d + i.start);
                          if (
                            ((i.node = this.wrapRangeInTextNode(i.node, f, d)),
                            (e.value = g + m),
                            e.nodes.forEach((x, C) => {
                              C >= o &&
                                (e.nodes[C].start > 0 && C !== o && (e.nodes[C].start -= d),
                                (e.nodes[C].end -= d));
                            }),
                            (t -= d),
                            r(i.node.previousSibling, i.start),
                            t > i.end)
                          )
                            a = i.end;
                          else return !1;
                        }
                        return !0;
                      });
                    },
                  },
                  {
                    key: 'wrapMatches',
                    value: function (e, a, t, n, r) {
                      var i = a === 0 ? 0 : a + 1;
                      this.getTextNodes((o) => {
                        o.nodes.forEach((l) => {
                          l = l.node;
                          for (var f = void 0; (f = e.exec(l.textContent)) !== null && f[i] !== ''; )
                            if (t(f[i], l)) {
                              var d = f.index;
                              if (i !== 0) for (var g = 1; g < i; g++) d += f[g].length;
                              (l = this.wrapRangeInTextNode(l, d, d + f[i].length)),
                                n(l.previousSibling),
                                (e.lastIndex = 0);
                            }
                        }),
                          r();
                      });
                    },
                  },
                  {
                    key: 'wrapMatchesAcrossElements',
                    value: function (e, a, t, n, r) {
                      var i = a === 0 ? 0 : a + 1;
                      this.getTextNodes((o) => {
                        for (var l = void 0; (l = e.exec(o.value)) !== null && l[i] !== ''; ) {
                          var f = l.index;
                          if (i !== 0) for (var d = 1; d < i; d++) f += l[d].length;
                          var g = f + l[i].length;
                          this.wrapRangeInMappedTextNode(
                            o,
                            f,
                            g,
                            (m) => t(l[i], m),
                            (m, x) => {
                              (e.lastIndex = x), n(m);
                            },
                          );
                        }
                        r();
                      });
                    },
                  },
                  {
                    key: 'wrapRangeFromIndex',
                    value: function (e, a, t, n) {
                      this.getTextNodes((u) => {
                        var i = u.value.length;
                        e.forEach((o, l) => {
                          var f = this.checkWhitespaceRanges(o, i, u.value),
                            d = f.start,
                            g = f.end,
                            m = f.valid;
                          m &&
                            this.wrapRangeInMappedTextNode(
                              u,
                              d,
                              g,
                              (x) => a(x, o, u.value.substring(d, g), l),
                              (x) => {
                                t(x, o);
                              },
                            );
                        }),
                          n();
                      });
                    },
                  },
                  {
                    key: 'unwrapMatches',
                    value: function (e) {
                      for (var a = e.parentNode, t = document.createDocumentFragment(); e.firstChild; )
                        t.appendChild(e.removeChild(e.firstChild));
                      a.replaceChild(t, e), this.ie ? this.normalizeTextNode(a) : a.normalize();
                    },
                  },
                  {
                    key: 'normalizeTextNode',
                    value: function (e) {
                      if (e) {
                        if (e.nodeType === 3)
                          for (; e.nextSibling && e.nextSibling.nodeType === 3; )
                            (e.nodeValue += e.nextSibling.nodeValue), e.parentNode.removeChild(e.nextSibling);
                        else this.normalizeTextNode(e.firstChild);
                        this.normalizeTextNode(e.nextSibling);
                      }
                    },
                  },
                  {
                    key: 'markRegExp',
                    value: function (e, a) {
                      (this.opt = a), this.log('Searching with expression "' + e + '"');
                      var n = 0,
                        r = 'wrapMatches',
                        u = (o) => {
                          n++, this.opt.each(o);
                        };
                      this.opt.acrossElements && (r = 'wrapMatchesAcrossElements'),
                        this[r](
                          e,
                          this.opt.ignoreGroups,
                          (i, o) => this.opt.filter(o, i, n),
                          u,
                          () => {
                            n === 0 && this.opt.noMatch(e), this.opt.done(n);
                          },
                        );
                    },
                  },
                  {
                    key: 'mark',
                    value: function (e, a) {
                      var t = this;
                      this.opt = a;
                      var n = 0,
                        r = 'wrapMatches',
                        u = this.getSeparatedKeywords(typeof e == 'string' ? [e] : e),
                        i = u.keywords,
                        o = u.length,
                        l = this.opt.caseSensitive ? '' : 'i',
                        f = function d(g) {
                          var m = new RegExp(t.createRegExp(g), 'gm' + l),
                            x = 0;
                          t.log('Searching with expression "' + m + '"'),
                            t[r](
                              m,
                              1,
                              (C, R) => t.opt.filter(R, g, n, x),
                              (C) => {
                                x++, n++, t.opt.each(C);
                              },
                              () => {
                                x === 0 && t.opt.noMatch(g),
                                  i[o - 1] === g ? t.opt.done(n) : d(i[i.indexOf(g) + 1]);
                              },
                            );
                        };
                      this.opt.acrossElements && (r = 'wrapMatchesAcrossElements'),
                        o === 0 ? this.opt.done(n) : f(i[0]);
                    },
                  },
                  {
                    key: 'markRanges',
                    value: function (e, a) {
                      this.opt = a;
                      var n = 0,
                        r = this.checkRanges(e);
                      r && r.length
                        ? (this.log('Starting to mark with the following ranges: ' + JSON.stringify(r)),
                          this.wrapRangeFromIndex(
                            r,
                            (u, i, o, l) => this.opt.filter(u, i, o, l),
                            (u, i) => {
                              n++, this.opt.each(u, i);
                            },
                            () => {
                              this.opt.done(n);
                            },
                          ))
                        : this.opt.done(n);
                    },
                  },
                  {
                    key: 'unmark',
                    value: function (e) {
                      this.opt = e;
                      var t = this.opt.element ? this.opt.element : '*';
                      (t += '[data-markjs]'),
                        this.opt.className && (t += '.' + this.opt.className),
                        this.log('Removal selector "' + t + '"'),
                        this.iterator.forEachNode(
                          NodeFilter.SHOW_ELEMENT,
                          (n) => {
                            this.unwrapMatches(n);
                          },
                          (n) => {
                            var r = k.matches(n, t),
                              u = this.matchesExclude(n);
                            return !r || u ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
                          },
                          this.opt.done,
                        );
                    },
                  },
                  {
                    key: 'opt',
                    set: function (e) {
                      this._opt = A(
                        {},
                        {
                          element: '',
                          className: '',
                          exclude: [],
                          iframes: !1,
                          iframesTimeout: 5e3,
                          separateWordSearch: !0,
                          diacritics: !0,
                          synonyms: {},
                          accuracy: 'partially',
                          acrossElements: !1,
                          caseSensitive: !1,
                          ignoreJoiners: !1,
                          ignoreGroups: 0,
                          ignorePunctuation: [],
                          wildcards: 'disabled',
                          each: () => {},
                          noMatch: () => {},
                          filter: () => !0,
                          done: () => {},
                          debug: !1,
                          log: window.console,
                        },
                        e,
                      );
                    },
                    get: function () {
                      return this._opt;
                    },
                  },
                  {
                    key: 'iterator',
                    get: function () {
                      return new k(this.ctx, this.opt.iframes, this.opt.exclude, this.opt.iframesTimeout);
                    },
                  },
                ]),
                E
              );
            })();
          function w(E) {
            var e = new S(E);
            return (
              (this.mark = (a, t) => (e.mark(a, t), this)),
              (this.markRegExp = (a, t) => (e.markRegExp(a, t), this)),
              (this.markRanges = (a, t) => (e.markRanges(a, t), this)),
              (this.unmark = (a) => (e.unmark(a), this)),
              this
            );
          }
          return w;
        });
      },
    }),
    I = J(W(), 1),
    L = class {
      constructor(
        c = {
          markContext: null,
          highlightParam: 'pagefind-highlight',
          markOptions: {
            className: 'pagefind-highlight',
            exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
          },
          addStyles: !0,
        },
      ) {
        D(this, 'highlightParam'), D(this, 'markContext'), D(this, 'markOptions'), D(this, 'addStyles');
        var h, p;
        const { highlightParam: v, markContext: y, markOptions: A, addStyles: k } = c;
        (this.highlightParam = v ?? 'pagefind-highlight'),
          (this.addStyles = k ?? !0),
          (this.markContext = y !== void 0 ? y : null),
          (this.markOptions =
            A !== void 0
              ? A
              : {
                  className: 'pagefind-highlight',
                  exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
                }),
          (h = this.markOptions).className ?? (h.className = 'pagefind__highlight'),
          (p = this.markOptions).exclude ??
            (p.exclude = ['[data-pagefind-ignore]', '[data-pagefind-ignore] *']),
          (this.markOptions.separateWordSearch = !1),
          this.highlight();
      }
      getHighlightParams(c) {
        return new URLSearchParams(window.location.search).getAll(c);
      }
      addHighlightStyles(c) {
        if (!c) return;
        const h = document.createElement('style');
        (h.innerText = `:where(.${c}) { background-color: yellow; color: black; }`),
          document.head.appendChild(h);
      }
      createMarkInstance() {
        if (this.markContext) return new I.default(this.markContext);
        const c = document.querySelectorAll('[data-pagefind-body]');
        return c.length !== 0 ? new I.default(c) : new I.default(document.body);
      }
      markText(c, h) {
        c.mark(h, this.markOptions);
      }
      highlight() {
        const c = this.getHighlightParams(this.highlightParam);
        if (!c || c.length === 0) return;
        this.addStyles && this.addHighlightStyles(this.markOptions.className);
        const h = this.createMarkInstance();
        this.markText(h, c);
      }
    };
  window.PagefindHighlight = L;
})();

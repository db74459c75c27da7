(() => {
  function s(e) {
    return `offline/${e}.js`;
  }
  function i(e) {
    return new Promise((n, a) => {
      const t = document.createElement('script');
      (t.src = e),
        (t.async = !0),
        t.addEventListener('load', () => {
          t.remove(), n();
        }),
        t.addEventListener('error', () => {
          t.remove(), a(new Error(`could not load ${e}`));
        }),
        document.head.append(t);
    });
  }
  var o = 'highlight';
  async function c(e) {
    location.protocol === 'file:'
      ? await i(new URL(s('pagefind-highlight'), e).href)
      : await import(`${e}pagefind-highlight.js`);
    const n = window.PagefindHighlight;
    n &&
      (new n({
        highlightParam: o,
        addStyles: !1,
        markOptions: {
          className: 'search-highlight',
          exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
        },
      }),
      location.hash || document.querySelector('.search-highlight')?.scrollIntoView({ block: 'center' }));
  }
  var d = new URL('../', document.currentScript.src),
    r = document.querySelector('[data-search-input]'),
    l = !1;
  function h() {
    l || ((l = !0), i(new URL('scripts/search.js', d).href).catch(() => {}));
  }
  function f(e) {
    return e instanceof HTMLElement && (e.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.tagName));
  }
  r?.addEventListener('focus', h);
  document.addEventListener('keydown', (e) => {
    const n = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey,
      a = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !f(e.target);
    !r || !(n || a) || (e.preventDefault(), r.focus(), r.select());
  });
  document.querySelector('form[data-search="page"]') && h();
  new URLSearchParams(location.search).has(o) && c(new URL('pagefind/', d).href).catch(() => {});
})();

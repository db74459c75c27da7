(() => {
  var a = document.currentScript,
    p = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'wheel', 'scroll', 'beforeprint'],
    i = a.dataset.replay,
    o = 'waiting',
    c = null,
    n = null,
    l = !1,
    d = (e) => !!i && e instanceof Element && e.closest(i) !== null;
  function v() {
    const e = document.activeElement;
    !l &&
      d(n) &&
      n.matches(':hover') &&
      n.dispatchEvent(new PointerEvent('pointerover', { bubbles: !0, pointerType: 'mouse' })),
      !l &&
        d(e) &&
        (e.dispatchEvent(new FocusEvent('focus')),
        e.dispatchEvent(new FocusEvent('focusin', { bubbles: !0 }))),
      c?.click(),
      (c = n = null);
  }
  function r() {
    if (o !== 'waiting') return;
    o = 'loading';
    for (const s of p) removeEventListener(s, r, !0);
    const e = document.createElement('script');
    (e.src = a.dataset.script),
      (e.onload = () => {
        (o = 'loaded'), (a.dataset.loaded = ''), v();
      }),
      document.head.append(e);
  }
  if (i) {
    const e = { capture: !0, passive: !0 },
      s = (t) => {
        o !== 'loaded' && ((l = t.pointerType === 'touch'), t.type === 'pointerover' && (n = t.target));
      };
    addEventListener('pointerover', s, e),
      addEventListener('pointerdown', s, e),
      addEventListener(
        'click',
        (t) => {
          const u = d(t.target) ? t.target.closest('button[type="button"]') : null;
          o === 'loaded' ||
            !(u instanceof HTMLElement) ||
            (t.preventDefault(), t.stopImmediatePropagation(), (c = u), r());
        },
        !0,
      );
  }
  if (location.hash) r();
  else {
    for (const e of p) addEventListener(e, r, { capture: !0, passive: !0 });
    addEventListener('hashchange', r, { once: !0 });
  }
})();

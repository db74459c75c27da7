(() => {
  var v = 'a[data-citation-preview]',
    d,
    o,
    a,
    p = '';
  function h() {
    if (d) return d;
    const e = document.createElement('div');
    return (
      (e.id = 'citation-preview'),
      (e.className = 'citation-preview'),
      e.setAttribute('role', 'tooltip'),
      (e.hidden = !0),
      e.addEventListener('pointerenter', () => window.clearTimeout(a)),
      e.addEventListener('pointerleave', () => m(l, 250)),
      document.body.append(e),
      (d = e),
      e
    );
  }
  function m(e, t) {
    window.clearTimeout(a), (a = window.setTimeout(e, t));
  }
  function f(e) {
    const t = document.getElementById(e.dataset.citationPreview ?? '');
    if (!t) return;
    const i = h(),
      n = document.createElement('p');
    (n.className = 'citation-preview-meta'), (n.textContent = t.dataset.citationSource ?? '');
    const c = document.createElement('p');
    (c.className = 'citation-preview-text'),
      (c.textContent = t.querySelector('.citation-text')?.textContent ?? ''),
      i.replaceChildren(n, c);
    const r = t.querySelector('.citation-note')?.cloneNode(!0);
    r instanceof HTMLElement && ((r.className = 'citation-preview-note editors-note'), i.append(r)),
      o && o !== e && o.removeAttribute('aria-describedby'),
      (o = e),
      e.setAttribute('aria-describedby', i.id),
      (i.hidden = !1),
      L(e, i);
  }
  function l() {
    window.clearTimeout(a), d && (d.hidden = !0), o?.removeAttribute('aria-describedby'), (o = void 0);
  }
  function L(e, t) {
    const n = e.getBoundingClientRect(),
      c = Math.min(448, document.documentElement.clientWidth - 16);
    t.style.width = `${c}px`;
    const r = Math.min(Math.max(8, n.left - 24), document.documentElement.clientWidth - c - 8),
      u = t.offsetHeight,
      E = n.bottom + 6,
      w = E + u > window.innerHeight && n.top - 6 - u > 0 ? n.top - 6 - u : E;
    (t.style.left = `${r + window.scrollX}px`), (t.style.top = `${w + window.scrollY}px`);
  }
  var s = (e) => (e instanceof Element ? e.closest(v) : null);
  document.addEventListener('pointerdown', (e) => {
    p = e.pointerType;
  });
  document.addEventListener('pointerover', (e) => {
    const t = s(e.target);
    !t || e.pointerType === 'touch' || (t === o ? window.clearTimeout(a) : m(() => f(t), 150));
  });
  document.addEventListener('pointerout', (e) => {
    s(e.target) && !s(e.relatedTarget) && m(l, 250);
  });
  document.addEventListener('focusin', (e) => {
    const t = s(e.target);
    t && p !== 'touch' && f(t);
  });
  document.addEventListener('focusout', (e) => {
    s(e.target) && l();
  });
  document.addEventListener('keydown', (e) => {
    e.key === 'Escape' && o && l();
  });
})();

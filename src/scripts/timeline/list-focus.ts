const FOCUSABLE = 'a[href], button, select, input, [tabindex]';

/**
 * In chart view the list is hidden from sight but not from screen readers,
 * so its links and buttons leave the Tab order (and come back in list view)
 * rather than take focus where no one can see it.
 */
export function listFocus(root: ParentNode, off: boolean): void {
  const list = root.querySelector('.tl-list');
  if (!list) return;
  for (const el of list.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (off && el.dataset.tlTabindex === undefined) {
      el.dataset.tlTabindex = el.getAttribute('tabindex') ?? '';
      el.tabIndex = -1;
    } else if (!off && el.dataset.tlTabindex !== undefined) {
      const before = el.dataset.tlTabindex;
      if (before) el.setAttribute('tabindex', before);
      else el.removeAttribute('tabindex');
      delete el.dataset.tlTabindex;
    }
  }
}

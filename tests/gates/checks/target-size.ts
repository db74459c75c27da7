/** A control smaller than WCAG 2.2's minimum target (2.5.8), as the browser lays it out. */
export interface SmallTarget {
  what: string;
  width: number;
  height: number;
}

/**
 * Runs in the page: every visible link, button, summary and form control smaller than `min` (24) CSS px
 * that WCAG's exceptions do not cover. Two of them apply here:
 * - Inline: a link that is a word of a running sentence (display inline, in a block with more text
 *   than its own) is sized by that text's line height. Citation markers are not words of the sentence
 *   but controls set beside it, so they never count as inline.
 * - Spacing: an undersized target passes when a 24 px circle on its centre meets no other target, nor
 *   another undersized target's circle.
 */
export function findSmallTargets(min: number): SmallTarget[] {
  const SELECTOR = 'a[href], button, summary, input:not([type="hidden"]), select, textarea, [role="button"]';
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    // A screen-reader-only or off-screen control (the skip link before focus) is no target on screen.
    return (
      r.width > 1 &&
      r.height > 1 &&
      style.visibility !== 'hidden' &&
      r.bottom + scrollY > 0 &&
      r.right + scrollX > 0 &&
      !el.closest('.visually-hidden, [hidden], [inert]')
    );
  };
  const targets = [...document.querySelectorAll(SELECTOR)].filter(visible);
  const inSentence = (el: Element) => {
    if (el.matches('a[data-citation-preview]')) return false;
    if (getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    const own = (el.textContent ?? '').trim().length;
    const all = (block?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    return all > own + 1;
  };
  const small = targets.filter((el) => {
    const r = el.getBoundingClientRect();
    return (r.width < min - 0.5 || r.height < min - 0.5) && !inSentence(el);
  });
  const centre = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
  const distanceToBox = (p: { x: number; y: number }, el: Element) => {
    const r = el.getBoundingClientRect();
    const dx = Math.max(r.left - p.x, 0, p.x - r.right);
    const dy = Math.max(r.top - p.y, 0, p.y - r.bottom);
    return Math.hypot(dx, dy);
  };
  const spaced = (el: Element) => {
    const c = centre(el);
    return targets.every((other) => {
      if (other === el || other.contains(el) || el.contains(other)) return true;
      if (small.includes(other)) {
        const o = centre(other);
        return Math.hypot(o.x - c.x, o.y - c.y) >= min;
      }
      return distanceToBox(c, other) >= min / 2;
    });
  };
  return small
    .filter((el) => !spaced(el))
    .map((el) => {
      const r = el.getBoundingClientRect();
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
      return {
        what: `${el.tagName.toLowerCase()}${cls} “${name.slice(0, 40)}”`,
        width: Math.round(r.width),
        height: Math.round(r.height),
      };
    });
}

let region: HTMLElement | undefined;

/** Says `message` to screen readers through one polite live region per page. */
export function announce(message: string): void {
  if (!region) {
    region = document.createElement('div');
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.dataset.linkAnnouncer = '';
    document.body.append(region);
  }
  const target = region;
  target.textContent = '';
  // A fresh text node after a beat, so the same message twice is announced twice.
  window.setTimeout(() => {
    target.textContent = message;
  }, 50);
}

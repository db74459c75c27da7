import { copyText } from './clipboard';
import { pageUrl } from './permalink';

/** Puts the address the reader is on into the box, in place of the one the build wrote. */
function usePageUrl(box: HTMLElement): void {
  const written = box.dataset.citePermalink;
  if (!written) return;
  const hash = written.includes('#') ? written.slice(written.indexOf('#')) : '';
  const real = pageUrl() + hash;
  if (real === written) return;
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.includes(written)) node.textContent = node.textContent.split(written).join(real);
  }
  const link = box.querySelector<HTMLAnchorElement>('.cite-permalink');
  if (link) link.href = real;
}

/** Fills in today's date as the access date and the page's address, and gives each citation style a copy button. */
export function enhanceCiteBoxes(): void {
  const long = new Intl.DateTimeFormat(document.documentElement.lang || 'en', { dateStyle: 'long' });
  const today = long.format(new Date());
  for (const box of document.querySelectorAll<HTMLElement>('[data-cite]')) {
    usePageUrl(box);
    for (const date of box.querySelectorAll('[data-cite-accessed]')) date.textContent = today;
    for (const button of box.querySelectorAll<HTMLButtonElement>('button[data-cite-copy]')) {
      const text = document.getElementById(button.dataset.citeCopy ?? '');
      if (!text) continue;
      button.hidden = false;
      button.addEventListener('click', () =>
        copyText(button, (text.textContent ?? '').replace(/\s+/g, ' ').trim(), 'Citation', text.innerHTML),
      );
    }
  }
}

import { copyText } from './clipboard';

const LONG = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' });

/** Fills in today's date as the access date, and gives each citation style a copy button. */
export function enhanceCiteBoxes(): void {
  const today = LONG.format(new Date());
  for (const box of document.querySelectorAll<HTMLElement>('[data-cite]')) {
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

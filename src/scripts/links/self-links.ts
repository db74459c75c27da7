import { ui } from '../text/ui-text';
import { copyText } from './clipboard';
import { anchorUrl, iconButton } from './permalink';

/** "Passage 3, link to this passage" → "passage 3"; else the text of what the link points at. */
function describe(link: HTMLAnchorElement, id: string): string {
  const named = link.dataset.selfLink || link.getAttribute('aria-label')?.split(',')[0];
  if (named) return named.charAt(0).toLowerCase() + named.slice(1);
  const target = document.getElementById(id);
  const text = (target?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text || ui()('copy.thisSection');
}

/** Puts a "copy link" button beside every self-link (`a[data-self-link][href^="#"]`). */
export function enhanceSelfLinks(root: ParentNode = document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-self-link]')) {
    if (link.dataset.copyEnhanced) continue;
    const id = decodeURIComponent(link.getAttribute('href')?.replace(/^#/, '') ?? '');
    if (!id) continue;
    link.dataset.copyEnhanced = 'true';
    const button = iconButton(
      'copy-link',
      ui()('copy.linkTo', { what: describe(link, id) }),
      ui()('copy.link'),
    );
    button.dataset.copyLinkFor = id;
    button.addEventListener('click', () => copyText(button, anchorUrl(id), 'Link'));
    link.insertAdjacentElement('afterend', button);
  }
}

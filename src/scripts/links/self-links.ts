import { ui } from '../text/ui-text';
import { copyText } from './clipboard';
import { anchorUrl, iconButton } from './permalink';

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A heading's text without its self-link's "#" and hidden label. */
function headingText(heading: Element): string {
  const copy = heading.cloneNode(true) as Element;
  for (const a of copy.querySelectorAll('a[data-self-link]')) a.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * "Passage 3, link to this passage" → "passage 3"; a link inside a heading (a timeline
 * event's title) is named by that heading, not its whole entry; else the text of what it points at.
 */
function describe(link: HTMLAnchorElement, id: string): string {
  const named = link.dataset.selfLink || link.getAttribute('aria-label')?.split(',')[0];
  if (named) return named.charAt(0).toLowerCase() + named.slice(1);
  const heading = link.closest('h1, h2, h3, h4, h5, h6');
  if (heading) return headingText(heading) || ui()('copy.thisSection');
  const target = document.getElementById(id);
  return clip((target?.textContent ?? '').replace(/\s+/g, ' ').trim(), 60) || ui()('copy.thisSection');
}

/**
 * Puts a "copy link" button beside every self-link (`a[data-self-link][href^="#"]`). A heading's
 * `#` is its one control instead: it still goes to the heading, and copies the link as it does.
 */
export function enhanceSelfLinks(root: ParentNode = document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-self-link]')) {
    if (link.dataset.copyEnhanced) continue;
    const id = decodeURIComponent(link.getAttribute('href')?.replace(/^#/, '') ?? '');
    if (!id) continue;
    link.dataset.copyEnhanced = 'true';
    if (link.classList.contains('anchor-link')) {
      link.setAttribute('aria-label', ui()('copy.linkTo', { what: describe(link, id) }));
      link.addEventListener('click', () => copyText(link, anchorUrl(id), 'Link'));
      continue;
    }
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

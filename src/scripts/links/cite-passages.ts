import { citeButton, readCiteSource } from './cite-menu';
import { anchorUrl } from './permalink';

/**
 * On a source page, a "Cite" button beside each passage's copy-link: the source
 * with the passage as its locator, its address, and its words for the plain style.
 */
export function enhancePassageCites(root: ParentNode = document): void {
  const article = root.querySelector('[data-cite-source]');
  const source = readCiteSource(article);
  if (!article || !source) return;
  for (const passage of article.querySelectorAll<HTMLElement>('[data-cite-locator]')) {
    const link = passage.querySelector(':scope > a[data-self-link]');
    if (!link || passage.querySelector(':scope > .cite-button')) continue;
    const label = passage.dataset.citeLocator ?? '';
    const quote = (passage.querySelector('.passage-text')?.textContent ?? '').trim();
    const work = { ...source, locator: { label, url: anchorUrl(passage.id), quote } };
    const button = citeButton(work, passage.dataset.citeName ?? label, (panel) =>
      passage.querySelector('.passage-body')?.append(panel),
    );
    (passage.querySelector(':scope > .copy-link') ?? link).insertAdjacentElement('afterend', button);
  }
}

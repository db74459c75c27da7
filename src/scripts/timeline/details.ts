import type { CitableWork } from '../../lib/cite/cite-formats';
import { citeButton } from '../links/cite-menu';
import type { Entry } from './read-entries';

/**
 * The details panel shows a copy of the entry from the list, so it says
 * exactly what the list says, with the same links to the passages.
 */
export class Details {
  openId: string | undefined;

  constructor(
    readonly panel: HTMLElement,
    /** Each cited document as citable, by slug, from the timeline's `data-cite-sources`. */
    private readonly sources: Record<string, CitableWork> = {},
  ) {}

  show(entry: Entry): void {
    const copy = entry.el.cloneNode(true) as HTMLElement;
    copy.removeAttribute('id');
    copy.hidden = false;
    for (const el of copy.querySelectorAll('.copy-link, .copy-fallback')) el.remove();
    for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
    for (const el of copy.querySelectorAll<HTMLElement>(
      '[data-self-link], [data-copy-enhanced], [tabindex]',
    )) {
      el.removeAttribute('data-self-link');
      el.removeAttribute('data-copy-enhanced');
      el.removeAttribute('tabindex');
    }
    // The panel's heading is an h2, so the entry's title is an h3 here.
    const title = copy.querySelector('h4');
    if (title) {
      const h3 = document.createElement('h3');
      h3.className = title.className;
      h3.append(...title.childNodes);
      title.replaceWith(h3);
    }
    const list = document.createElement('div');
    list.className = 'tl-entry';
    list.append(...copy.childNodes);
    const cite = this.citeButton(entry.el);
    if (cite) list.append(cite);
    this.panel.querySelector('.tl-details-body')?.replaceChildren(list);
    this.panel.hidden = false;
    this.openId = entry.item.id;
  }

  /** The entry's citation: its main source, with the passage as locator. */
  private citeButton(el: HTMLElement): HTMLButtonElement | undefined {
    const { citeDocument, citeLocator, citeUrl } = el.dataset;
    const source = citeDocument ? this.sources[citeDocument] : undefined;
    if (!source || !citeLocator || !citeUrl) return undefined;
    // Without a published address the site's links are relative: resolve them where the reader is.
    const url = new URL(citeUrl, location.href).href;
    const work = {
      ...source,
      permalink: new URL(source.permalink, location.href).href,
      locator: { label: citeLocator, url },
    };
    const button = citeButton(work, 'this event', (panel) => button.insertAdjacentElement('afterend', panel));
    return button;
  }

  hide(): void {
    this.panel.hidden = true;
    this.openId = undefined;
  }
}

import type { Translator } from '../../i18n/translate';
import type { Chip } from '../../lib/search/filter-chips';
import { formatLongDate } from '../../lib/site/format-date';
import { ui } from '../text/ui-text';
import { excerptParts, withEllipses } from './excerpt';
import type { ResultSection, SearchResult } from './result-model';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt as text nodes and `<mark>`s: document text never becomes markup. */
export function excerptElement(excerpt: string): HTMLElement {
  const span = el('span', 'search-hit__excerpt');
  for (const part of withEllipses(excerptParts(excerpt))) {
    span.append(part.marked ? el('mark', '', part.text) : document.createTextNode(part.text));
  }
  return span;
}

function link(href: string, className: string): HTMLAnchorElement {
  const a = el('a', className);
  a.href = href;
  return a;
}

export function metaLine(result: SearchResult): string {
  return [result.kind, result.date && formatLongDate(result.date, document.documentElement.lang || 'en')]
    .filter(Boolean)
    .join(' · ');
}

/** The link to a result's page: its title, what kind of page it is and when, and its own excerpt if it has one. */
export function pageLink(result: SearchResult): HTMLAnchorElement {
  const a = link(result.href, 'search-hit search-hit--page');
  a.append(el('span', 'search-hit__title', result.title));
  const meta = metaLine(result);
  if (meta) a.append(el('span', 'search-hit__meta', meta));
  if (result.excerpt) a.append(excerptElement(result.excerpt));
  return a;
}

/** The link to one heading or passage of a result, straight to its anchor. */
export function sectionLink(section: ResultSection): HTMLAnchorElement {
  const a = link(section.href, 'search-hit search-hit--section');
  a.append(el('span', 'search-hit__title', section.title));
  if (section.excerpt) a.append(excerptElement(section.excerpt));
  return a;
}

/**
 * Toggle buttons for the values of one filter, the same markup the build writes
 * on the search page (SearchFilters.astro). Without `onToggle` the caller listens
 * on a container instead, reading the filter from `data-filter`.
 */
export function chipGroup(
  label: string,
  chips: Chip[],
  onToggle?: (value: string) => void,
  filter?: string,
): HTMLElement {
  const group = el('div', 'search-chips');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', label);
  if (filter) group.dataset.filter = filter;
  group.append(el('span', 'search-chips__label', label));
  for (const chip of chips) {
    const button = el('button', 'search-chip');
    button.type = 'button';
    button.dataset.value = chip.value;
    button.setAttribute('aria-pressed', String(chip.pressed));
    button.append(chip.label, el('span', 'search-chip__count', String(chip.count)));
    if (onToggle) button.addEventListener('click', () => onToggle(chip.value));
    group.append(button);
  }
  return group;
}

/** "3 results for “harbour”"; `dated` when sorted by date, which leaves out undated pages. */
export function countLabel(total: number, query: string, dated = false, t: Translator = ui()): string {
  const results =
    total === 0
      ? t(dated ? 'search.noneDated' : 'search.none')
      : t.count(total, dated ? 'datedResult' : 'result');
  return query ? t('search.resultsFor', { results, query }) : results;
}

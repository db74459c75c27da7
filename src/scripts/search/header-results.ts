import { ui } from '../text/ui-text';
import { writeState } from './query-state';
import { pageLink, sectionLink } from './render';
import type { SearchOutcome } from './searcher';

const SECTIONS_PER_PAGE = 3;

function option(a: HTMLAnchorElement, id: string): HTMLAnchorElement {
  a.id = id;
  a.tabIndex = -1;
  a.setAttribute('role', 'option');
  a.setAttribute('aria-selected', 'false');
  return a;
}

/**
 * The header's list of results: a group for each page (the page, then its
 * best sections), then a link to them all on the search page. Every link is
 * an option of the listbox, in reading order.
 */
export function headerResults(outcome: SearchOutcome, searchPage: string): HTMLElement[] {
  const groups: HTMLElement[] = outcome.results.map((result, i) => {
    const group = document.createElement('div');
    group.className = 'search-group';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', result.title);
    group.append(option(pageLink(result), `site-search-${i}`));
    group.append(
      ...result.sections
        .slice(0, SECTIONS_PER_PAGE)
        .map((section, j) => option(sectionLink(section), `site-search-${i}-${j}`)),
    );
    return group;
  });
  if (outcome.total === 0) return groups;
  const all = document.createElement('a');
  all.className = 'search-all';
  all.href = searchPage + writeState(outcome.state);
  all.textContent =
    outcome.total > outcome.results.length
      ? ui()('search.allOnPage', { results: ui().count(outcome.total, 'result') })
      : ui()('search.openPage');
  return [...groups, option(all, 'site-search-all')];
}

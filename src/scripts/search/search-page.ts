import { documentChoices, typeChips, yearChips } from '../../lib/search/filter-chips';
import type { SearchablePageType } from '../../lib/search/page-types';
import { ui } from '../text/ui-text';
import { hasFilters, readState, type SearchState, type SortOrder, toggle, writeState } from './query-state';
import { chipGroup, countLabel, pageLink, sectionLink } from './render';
import type { SearchResult } from './result-model';
import type { Searcher, SearchOutcome } from './searcher';

const DEBOUNCE_MS = 160;
const BATCH = 10;
const SECTIONS_PER_PAGE = 5;

function resultItem(result: SearchResult): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  li.append(pageLink(result));
  const sections = result.sections.slice(0, SECTIONS_PER_PAGE);
  if (sections.length) {
    const list = document.createElement('ul');
    list.className = 'search-result__sections';
    for (const section of sections) {
      const item = document.createElement('li');
      item.append(sectionLink(section));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

function select(label: string, key: string, choices: [string, string][], value: string): HTMLLabelElement {
  const wrap = document.createElement('label');
  wrap.className = 'search-select';
  wrap.append(label);
  const box = document.createElement('select');
  box.dataset.value = key;
  for (const [optionValue, text] of choices)
    box.add(new Option(text, optionValue, false, optionValue === value));
  wrap.append(box);
  return wrap;
}

/**
 * The search page: reads the search from its URL (`?q=`, filters, sort), shows
 * every result with its matching passages and writes each change back to the
 * URL, so the address bar is always a link to the search on screen.
 */
function parts(form: HTMLFormElement, output: HTMLElement) {
  const input = form.querySelector('input[name="q"]');
  const [filters, status, list, more] = ['filters', 'status', 'results', 'more'].map((name) =>
    output.querySelector<HTMLElement>(`[data-search-${name}]`),
  );
  if (
    !(input instanceof HTMLInputElement) ||
    !filters ||
    !status ||
    !list ||
    !(more instanceof HTMLButtonElement)
  )
    return null;
  return { input, filters, status, list, more };
}

/**
 * What the reader did before this script arrived (the page loads it on the first
 * touch, key or focus): the words typed, the kinds and years pressed (search-page-hook
 * presses them), the order chosen.
 */
function earlyState(input: HTMLInputElement, filters: HTMLElement): SearchState {
  const params = new URLSearchParams({ q: input.value });
  for (const chip of filters.querySelectorAll<HTMLElement>('[data-filter] [aria-pressed="true"]')) {
    const filter = chip.closest<HTMLElement>('[data-filter]')?.dataset.filter;
    if (filter) params.append(filter, chip.dataset.value ?? '');
  }
  for (const box of filters.querySelectorAll<HTMLSelectElement>('select[data-value]')) {
    if (box.value) params.append(box.dataset.value ?? '', box.value);
  }
  return readState(`?${params}`);
}

export function searchPage(form: HTMLFormElement, output: HTMLElement, searcher: Searcher): void {
  const t = ui();
  const found = parts(form, output);
  if (!found) return;
  const { input, filters, status, list, more } = found;
  // From here on this script answers the page's controls, the ones the build wrote included.
  output.dataset.searchReady = '';

  // A link to a search is that search; a bare page keeps what the reader already did.
  let state: SearchState = location.search ? readState(location.search) : earlyState(input, filters);
  let outcome: SearchOutcome | null = null;
  let timer = 0;
  if (location.search) input.value = state.query;

  const change = (next: SearchState, delay = 0) => {
    state = next;
    history.replaceState(null, '', writeState(state) || location.pathname);
    clearTimeout(timer);
    if (delay) {
      searcher.preload(state);
      timer = window.setTimeout(run, delay);
    } else void run();
  };

  function renderFilters(counts: SearchOutcome['counts']): void {
    const focused = (document.activeElement as HTMLElement | null)?.dataset.value;
    const parts: HTMLElement[] = [];
    const kinds = typeChips(counts.type, state.types, t);
    if (kinds.length) parts.push(chipGroup(t('search.kind'), kinds, undefined, 'type'));
    const years = yearChips(counts.year, state.years);
    if (years.length) parts.push(chipGroup(t('search.year'), years, undefined, 'year'));
    const docs = documentChoices(counts.document, state.documents);
    if (docs.length) {
      const choices: [string, string][] = [
        ['', t('search.allDocuments')],
        // Uncounted on a long site: only a document a link chose, without a count.
        ...docs.map((d): [string, string] => [
          d.value,
          counts.document ? `${d.label} (${d.count})` : d.label,
        ]),
      ];
      parts.push(select(t('search.document'), 'document', choices, state.documents[0] ?? ''));
    }
    const sorts: [SortOrder, string][] = [
      ['relevance', t('search.bestMatch')],
      ['newest', t('search.newest')],
      ['oldest', t('search.oldest')],
    ];
    parts.push(select(t('search.order'), 'sort', sorts, state.sort));
    filters.replaceChildren(...parts);
    if (focused) filters.querySelector<HTMLElement>(`[data-value="${CSS.escape(focused)}"]`)?.focus();
  }

  async function run(): Promise<void> {
    const asked = state;
    try {
      const found = await searcher.search(asked, BATCH);
      if (!found || asked !== state) return;
      outcome = found;
      renderFilters(found.counts);
      list.replaceChildren(...found.results.map(resultItem));
      const empty = !state.query && !hasFilters(state);
      const dated = state.sort !== 'relevance';
      status.textContent = empty ? t('search.prompt') : countLabel(found.total, state.query, dated);
      more.hidden = found.results.length >= found.total;
    } catch {
      status.textContent = t('search.unavailable');
    }
  }

  input.addEventListener('input', () => change({ ...state, query: input.value.trim() }, DEBOUNCE_MS));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    change({ ...state, query: input.value.trim() });
  });
  // One listener for every chip, so those the build wrote work as soon as this script runs.
  filters.addEventListener('click', (event) => {
    const chip = (event.target as Element).closest<HTMLElement>('.search-chip');
    const value = chip?.dataset.value ?? '';
    const filter = chip?.closest<HTMLElement>('[data-filter]')?.dataset.filter;
    if (filter === 'type') change({ ...state, types: toggle(state.types, value as SearchablePageType) });
    if (filter === 'year') change({ ...state, years: toggle(state.years, value) });
  });
  filters.addEventListener('change', (event) => {
    const box = event.target as HTMLSelectElement;
    if (box.dataset.value === 'sort') change({ ...state, sort: box.value as SortOrder });
    if (box.dataset.value === 'document') change({ ...state, documents: box.value ? [box.value] : [] });
  });
  more.addEventListener('click', async () => {
    const current = outcome;
    if (!current) return;
    const next = await current.more(BATCH);
    if (current !== outcome) return;
    const first = list.children.length;
    list.append(...next.map(resultItem));
    more.hidden = list.children.length >= current.total;
    list.children[first]?.querySelector<HTMLElement>('a')?.focus();
  });
  // Arrow keys walk from the field through the result links and back.
  output.addEventListener('keydown', (event) => arrowKeys(event, list, input));
  input.addEventListener('keydown', (event) => arrowKeys(event, list, input));
  if (location.search || !writeState(state)) void run();
  else change(state);
}

function arrowKeys(event: KeyboardEvent, list: HTMLElement, input: HTMLInputElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Escape') return;
  const links = [...list.querySelectorAll<HTMLElement>('a.search-hit')];
  const at = links.indexOf(document.activeElement as HTMLElement);
  if (event.target === input && event.key !== 'ArrowDown') return;
  if (event.target !== input && at === -1) return;
  event.preventDefault();
  event.stopPropagation();
  const next = event.key === 'Escape' ? -1 : event.key === 'ArrowDown' ? at + 1 : at - 1;
  (next < 0 ? input : (links[Math.min(next, links.length - 1)] ?? input)).focus();
}

import { count } from '../../lib/site/count';
import { typeChips } from './filter-chips';
import { emptyState, type SearchState, toggle, writeState } from './query-state';
import { chipGroup, countLabel, pageLink, sectionLink } from './render';
import type { Searcher, SearchOutcome } from './searcher';

const DEBOUNCE_MS = 160;
/** One letter matches too much to be worth fetching the index for. */
const MIN_LENGTH = 2;
const PAGES = 5;
const SECTIONS_PER_PAGE = 3;

const UNAVAILABLE =
  'Search is not available here. It needs the index that `npm run build` writes; the dev server has none.';

/**
 * The search field in the header: an ARIA 1.2 combobox whose listbox pops up
 * under it with results as the reader types. Arrow keys move through the
 * results (the field keeps focus, `aria-activedescendant` names the result),
 * Enter opens one, Escape closes the list and then clears the field. Enter
 * with no result chosen opens the search page with the same search.
 */
function parts(form: HTMLFormElement) {
  const find = (name: string) => form.querySelector<HTMLElement>(`[data-search-${name}]`);
  const [input, popup, listbox, filters, message, status] = [
    'input',
    'popup',
    'listbox',
    'filters',
    'message',
    'status',
  ].map(find);
  if (!(input instanceof HTMLInputElement) || !popup || !listbox || !filters || !message || !status)
    return null;
  return { input, popup, listbox, filters, message, status };
}

export function headerSearch(form: HTMLFormElement, searcher: Searcher, searchPage: string): void {
  const found = parts(form);
  if (!found) return;
  const { input, popup, listbox, filters, message, status } = found;
  // A listbox only once there is a script to run it; without one the field is a plain search form.
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Search results');

  let state: SearchState = { ...emptyState };
  let options: HTMLElement[] = [];
  let active = -1;
  let timer = 0;
  let slow = 0;

  const setActive = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[index];
    if (!option) return input.removeAttribute('aria-activedescendant');
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };
  const setOpen = (open: boolean) => {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };
  const option = (a: HTMLAnchorElement, id: string) => {
    a.id = id;
    a.tabIndex = -1;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    options.push(a);
    return a;
  };
  const say = (text: string) => {
    clearTimeout(slow);
    message.textContent = text;
    message.hidden = text === '';
  };

  function render(outcome: SearchOutcome): void {
    const focusedChip = (document.activeElement as HTMLElement | null)?.dataset.value;
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const groups = outcome.results.map((result, i) => {
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
    listbox.replaceChildren(...groups);
    if (outcome.total > 0) {
      const all = document.createElement('a');
      all.className = 'search-all';
      all.href = searchPage + writeState(outcome.state);
      all.textContent =
        outcome.total > outcome.results.length
          ? `All ${count(outcome.total, 'result')} on the search page`
          : 'Open on the search page';
      listbox.append(option(all, 'site-search-all'));
    }
    listbox.hidden = options.length === 0;
    const chips = typeChips(outcome.counts.type, state.types);
    filters.replaceChildren(
      ...(chips.length > 1 || state.types.length ? [chipGroup('Show only', chips, onChip)] : []),
    );
    if (focusedChip) filters.querySelector<HTMLElement>(`[data-value="${CSS.escape(focusedChip)}"]`)?.focus();
    say(outcome.total ? '' : countLabel(0, outcome.state.query));
    status.textContent = countLabel(outcome.total, outcome.state.query);
    setOpen(true);
    // From the end of the debounce to the frame that shows the results (User Timing, for the benchmark and DevTools).
    requestAnimationFrame(() => setTimeout(() => performance.measure('search:results', 'search:start')));
  }

  async function run(): Promise<void> {
    clearTimeout(timer);
    performance.mark('search:start');
    const asked = state;
    slow = window.setTimeout(() => {
      say('Searching…');
      setOpen(true);
    }, 300);
    try {
      const outcome = await searcher.search(asked, PAGES);
      if (outcome && asked === state) render(outcome);
    } catch {
      say(UNAVAILABLE);
      status.textContent = UNAVAILABLE;
      setOpen(true);
    }
  }

  function onChip(value: string): void {
    state = { ...state, types: toggle(state.types, value as SearchState['types'][number]) };
    void run();
  }

  function onInput(): void {
    state = { ...state, query: input.value.trim() };
    clearTimeout(timer);
    if (state.query.length < MIN_LENGTH) {
      clearTimeout(slow);
      status.textContent = '';
      setOpen(false);
      return;
    }
    searcher.preload(state);
    timer = window.setTimeout(run, DEBOUNCE_MS);
  }

  input.addEventListener('input', onInput);
  input.addEventListener('focus', () => {
    if (state.query && options.length + (message.hidden ? 0 : 1) > 0) setOpen(true);
  });
  input.addEventListener('keydown', (event) => {
    const n = options.length;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && n > 0) {
      event.preventDefault();
      setOpen(true);
      if (event.key === 'ArrowDown') setActive((active + 1) % n);
      else setActive(active <= 0 ? n - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0 && !popup.hidden) {
      event.preventDefault();
      options[active]?.click();
    } else if (event.key === 'Escape') {
      if (!popup.hidden) setOpen(false);
      else if (input.value) {
        input.value = '';
        onInput();
      } else return;
      event.preventDefault();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.href = searchPage + writeState({ ...state, query: input.value.trim() });
  });
  // Re-rendered chips take focus away for a moment; look once things have settled.
  form.addEventListener('focusout', () =>
    setTimeout(() => {
      if (!form.contains(document.activeElement)) setOpen(false);
    }),
  );
  searcher.ready().catch(() => undefined);
  if (input.value.trim()) onInput();
}

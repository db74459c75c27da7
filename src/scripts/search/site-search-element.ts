import { typeChips } from '../../lib/search/filter-chips';
import { ui } from '../text/ui-text';
import { headerResults } from './header-results';
import { emptyState, type SearchState, toggle, writeState } from './query-state';
import { chipGroup, countLabel } from './render';
import { Searcher, type SearchOutcome } from './searcher';

const DEBOUNCE_MS = 160;
/** One letter matches too much to be worth fetching the index for. */
const MIN_LENGTH = 2;
const PAGES = 5;

/**
 * `<site-search>`: the header's search form, complete without a script (it
 * submits to the search page), made an ARIA 1.2 combobox whose listbox pops up
 * under the field with results as the reader types. Arrow keys move through
 * the results (the field keeps focus, `aria-activedescendant` names the
 * result), Enter opens one, Escape closes the list and then clears the field.
 * Enter with no result chosen opens the search page with the same search.
 */
export class SiteSearch extends HTMLElement {
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private popup!: HTMLElement;
  private listbox!: HTMLElement;
  private filters!: HTMLElement;
  private message!: HTMLElement;
  private status!: HTMLElement;
  private searcher!: Searcher;
  private searchPage = '';
  private state: SearchState = { ...emptyState };
  private options: HTMLElement[] = [];
  private active = -1;
  private timer = 0;
  private slow = 0;

  connectedCallback(): void {
    if (this.dataset.ready) return;
    const find = (name: string) => this.querySelector<HTMLElement>(`[data-search-${name}]`);
    const [input, popup, listbox, filters, message, status] = [
      'input',
      'popup',
      'listbox',
      'filters',
      'message',
      'status',
    ].map(find);
    const form = this.querySelector('form');
    if (
      !form ||
      !(input instanceof HTMLInputElement) ||
      !popup ||
      !listbox ||
      !filters ||
      !message ||
      !status
    )
      return;
    this.dataset.ready = 'true';
    Object.assign(this, { form, input, popup, listbox, filters, message, status });
    // The form submits to the search page, which sits at the site root.
    this.searchPage = form.action;
    // The header shows kinds only; the search page every filter.
    this.searcher = new Searcher(new URL('./', form.action).href, ['type']);
    // A listbox only once there is a script to run it; without one the field is a plain search form.
    listbox.setAttribute('role', 'listbox');
    listbox.setAttribute('aria-label', ui()('search.results'));
    this.listen();
    this.searcher.ready().catch(() => undefined);
    if (input.value.trim()) this.onInput();
  }

  private setActive(index: number): void {
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.options[index];
    if (!option) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  private setOpen(open: boolean): void {
    this.popup.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (!open) this.setActive(-1);
  }

  private say(text: string): void {
    clearTimeout(this.slow);
    this.message.textContent = text;
    this.message.hidden = text === '';
  }

  private render(outcome: SearchOutcome): void {
    const focusedChip = (document.activeElement as HTMLElement | null)?.dataset.value;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.listbox.replaceChildren(...headerResults(outcome, this.searchPage));
    this.options = [...this.listbox.querySelectorAll<HTMLElement>('[role="option"]')];
    this.listbox.hidden = this.options.length === 0;
    const chips = typeChips(outcome.counts.type, this.state.types, ui());
    this.filters.replaceChildren(
      ...(chips.length > 1 || this.state.types.length
        ? [chipGroup(ui()('search.showOnly'), chips, (v) => this.onChip(v))]
        : []),
    );
    if (focusedChip)
      this.filters.querySelector<HTMLElement>(`[data-value="${CSS.escape(focusedChip)}"]`)?.focus();
    this.say(outcome.total ? '' : countLabel(0, outcome.state.query));
    this.status.textContent = countLabel(outcome.total, outcome.state.query);
    this.setOpen(true);
    // From the end of the debounce to the frame that shows the results (User Timing, for the benchmark and DevTools).
    requestAnimationFrame(() => setTimeout(() => performance.measure('search:results', 'search:start')));
  }

  private async run(): Promise<void> {
    clearTimeout(this.timer);
    performance.mark('search:start');
    const asked = this.state;
    this.slow = window.setTimeout(() => {
      this.say(ui()('search.searching'));
      this.setOpen(true);
    }, 300);
    try {
      const outcome = await this.searcher.search(asked, PAGES);
      if (outcome && asked === this.state) this.render(outcome);
    } catch {
      this.say(ui()('search.unavailableDev'));
      this.status.textContent = ui()('search.unavailableDev');
      this.setOpen(true);
    }
  }

  private onChip(value: string): void {
    this.state = { ...this.state, types: toggle(this.state.types, value as SearchState['types'][number]) };
    void this.run();
  }

  private onInput(): void {
    this.state = { ...this.state, query: this.input.value.trim() };
    clearTimeout(this.timer);
    if (this.state.query.length < MIN_LENGTH) {
      clearTimeout(this.slow);
      this.status.textContent = '';
      this.setOpen(false);
      return;
    }
    this.searcher.preload(this.state);
    this.timer = window.setTimeout(() => this.run(), DEBOUNCE_MS);
  }

  private onKey(event: KeyboardEvent): void {
    const n = this.options.length;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && n > 0) {
      event.preventDefault();
      this.setOpen(true);
      if (event.key === 'ArrowDown') this.setActive((this.active + 1) % n);
      else this.setActive(this.active <= 0 ? n - 1 : this.active - 1);
    } else if (event.key === 'Enter' && this.active >= 0 && !this.popup.hidden) {
      event.preventDefault();
      this.options[this.active]?.click();
    } else if (event.key === 'Escape') {
      if (!this.popup.hidden) this.setOpen(false);
      else if (this.input.value) {
        this.input.value = '';
        this.onInput();
      } else return;
      event.preventDefault();
    }
  }

  private listen(): void {
    const { input, form } = this;
    input.addEventListener('input', () => this.onInput());
    input.addEventListener('focus', () => {
      if (this.state.query && this.options.length + (this.message.hidden ? 0 : 1) > 0) this.setOpen(true);
    });
    input.addEventListener('keydown', (event) => this.onKey(event));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.location.href = this.searchPage + writeState({ ...this.state, query: input.value.trim() });
    });
    // Re-rendered chips take focus away for a moment; look once things have settled.
    form.addEventListener('focusout', () =>
      setTimeout(() => {
        if (!form.contains(document.activeElement)) this.setOpen(false);
      }),
    );
  }
}

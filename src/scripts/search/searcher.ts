import type { FilterCounts, PagefindApi } from './pagefind-types';
import {
  type FilterKey,
  filterFields,
  hasFilters,
  pagefindFilters,
  pagefindQuery,
  pagefindSort,
  type SearchState,
  withoutFilter,
} from './query-state';
import { type SearchResult, toSearchResult } from './result-model';
import { loadPagefind } from './runtime';

/** What one search found: the first results ready to show, and a way to get more. */
export interface SearchOutcome {
  state: SearchState;
  total: number;
  results: SearchResult[];
  /** For each filter, how many results each value would give on its own. */
  counts: FilterCounts;
  more: (count: number) => Promise<SearchResult[]>;
}

/**
 * Runs searches for one page. Loads Pagefind on first use, remembers the
 * filter counts, and drops answers to searches that a newer one replaced.
 */
export class Searcher {
  private api: Promise<PagefindApi> | undefined;
  private filtersLoaded: Promise<unknown> | undefined;
  private latest = 0;

  constructor(private readonly siteRoot: string) {}

  /** Starts loading the runtime and the index's entry files. */
  ready(): Promise<PagefindApi> {
    if (!this.api) {
      this.api = loadPagefind(this.siteRoot);
      // Filter counts come back with results only once all filters are loaded.
      this.filtersLoaded = this.api.then((api) => api.filters()).catch(() => undefined);
    }
    return this.api;
  }

  /** Fetches the index chunks a query will need while the reader is still typing. */
  preload(state: SearchState): void {
    if (!state.query) return;
    this.ready()
      .then((api) => api.preload(pagefindQuery(state.query), { filters: pagefindFilters(state) }))
      .catch(() => undefined);
  }

  /**
   * For each filter, how many results each of its values would give together
   * with the words and the other filters: Pagefind's counts for values added
   * to the current filters, except for a filter already in use, whose values
   * are counted by a second search without it.
   */
  private async counts(api: PagefindApi, state: SearchState, added: FilterCounts): Promise<FilterCounts> {
    const counts: FilterCounts = { ...added };
    for (const [key, field] of Object.entries(filterFields) as [
      FilterKey,
      (typeof filterFields)[FilterKey],
    ][]) {
      if (!state[field].length) continue;
      const found = await api.search(state.query ? pagefindQuery(state.query) : null, {
        filters: pagefindFilters(withoutFilter(state, key)),
      });
      counts[key] = found?.filters[key] ?? {};
    }
    return counts;
  }

  /** The first `count` results, or null when a newer search started meanwhile. */
  async search(state: SearchState, count: number): Promise<SearchOutcome | null> {
    const id = ++this.latest;
    const api = await this.ready();
    await this.filtersLoaded;
    if (id !== this.latest) return null;
    if (!state.query && !hasFilters(state))
      return { state, total: 0, results: [], counts: {}, more: async () => [] };
    const found = await api.search(state.query ? pagefindQuery(state.query) : null, {
      filters: pagefindFilters(state),
      sort: pagefindSort(state.sort),
    });
    if (!found || id !== this.latest) return null;
    const load = async (from: number, n: number) =>
      (await Promise.all(found.results.slice(from, from + n).map((r) => r.data()))).map((d) =>
        toSearchResult(d, this.siteRoot),
      );
    const [results, counts] = await Promise.all([load(0, count), this.counts(api, state, found.filters)]);
    if (id !== this.latest) return null;
    let shown = results.length;
    return {
      state,
      total: found.results.length,
      results,
      counts,
      more: async (n) => {
        const next = await load(shown, n);
        shown += next.length;
        return next;
      },
    };
  }
}

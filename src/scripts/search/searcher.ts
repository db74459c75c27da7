import { UNTYPED_PAGE_TYPE } from '../../lib/search/page-types';
import type { FilterCounts, PagefindApi, PagefindResults } from './pagefind-types';
import {
  type FilterKey,
  filterFields,
  hasFilters,
  pagefindFilters,
  pagefindQuery,
  pagefindSort,
  type SearchState,
  typeFilter,
  withoutFilter,
  withUntypedCount,
} from './query-state';
import { type SearchResult, toSearchResult } from './result-model';
import { loadPagefind } from './runtime';
import { phraseOf, sourcesFirst } from './sources-first';

/** What one search found: the first results ready to show, and a way to get more. */
export interface SearchOutcome {
  state: SearchState;
  total: number;
  results: SearchResult[];
  /** For each counted filter, how many results each value would give with the words and the other filters. */
  counts: FilterCounts;
  more: (count: number) => Promise<SearchResult[]>;
}

/** A word shorter than this, still being typed, would make Pagefind fetch every chunk it could start. */
const PRELOAD_FROM = 4;

/**
 * Runs the searches of one search field. Loads Pagefind on first use, counts
 * the filters it shows, and drops answers to searches a newer one replaced.
 * `counted` names the filters it shows counts for: only their data is fetched.
 */
export class Searcher {
  private latest = 0;

  constructor(
    private readonly siteRoot: string,
    private readonly counted: readonly FilterKey[],
  ) {}

  ready(): Promise<PagefindApi> {
    return loadPagefind(this.siteRoot);
  }

  /** Fetches the index chunks a query will need while the reader is still typing. */
  preload(state: SearchState): void {
    const query = pagefindQuery(state.query);
    if ((query.split(' ').at(-1) ?? '').length < PRELOAD_FROM) return;
    this.ready()
      .then((api) => api.preload(query, { filters: pagefindFilters(state) }))
      .catch(() => undefined);
  }

  /**
   * Pagefind counts a filter's values in addition to the current filters, so
   * a filter already in use is counted by a second search without it. Sources
   * have no kind in the index: they are the results no kind counted.
   */
  private async counts(
    api: PagefindApi,
    state: SearchState,
    term: string | null,
    found: PagefindResults,
  ): Promise<FilterCounts> {
    const counts: FilterCounts = {};
    for (const key of this.counted) {
      const without = state[filterFields[key]].length
        ? await api.search(term, { filters: pagefindFilters(withoutFilter(state, key)) })
        : found;
      counts[key] =
        key === 'type'
          ? withUntypedCount(without?.filters.type, without?.results.length ?? 0)
          : (without?.filters[key] ?? {});
    }
    return counts;
  }

  /** By relevance, a search for a passage's words finds the sources that hold them first. */
  private async sourcesFirst(
    api: PagefindApi,
    state: SearchState,
    term: string | null,
    results: PagefindResults['results'],
  ): Promise<PagefindResults['results']> {
    const phrase = term && state.sort === 'relevance' ? phraseOf(term) : null;
    if (!phrase || (state.types.length && !state.types.includes(UNTYPED_PAGE_TYPE))) return results;
    const filters = { ...pagefindFilters(state), type: typeFilter([UNTYPED_PAGE_TYPE]) };
    const sources = await api.search(phrase, { filters });
    return sourcesFirst(results, sources?.results ?? []);
  }

  /** The first `count` results, or null when a newer search started meanwhile. */
  async search(state: SearchState, count: number): Promise<SearchOutcome | null> {
    const id = ++this.latest;
    const api = await this.ready();
    if (id !== this.latest) return null;
    const term = state.query ? pagefindQuery(state.query) : null;
    // Counts come back only for filters whose data is loaded: load just the ones shown.
    await api.preload(term, { filters: Object.fromEntries(this.counted.map((key) => [key, { any: [] }])) });
    const found = await api.search(term, { filters: pagefindFilters(state), sort: pagefindSort(state.sort) });
    if (!found || id !== this.latest) return null;
    const ranked = await this.sourcesFirst(api, state, term, found.results);
    if (id !== this.latest) return null;
    // Nothing asked yet: no results, but the filters with every page counted, to browse by.
    if (!state.query && !hasFilters(state))
      return {
        state,
        total: 0,
        results: [],
        counts: await this.counts(api, state, term, found),
        more: async () => [],
      };
    const load = async (from: number, n: number) =>
      (await Promise.all(ranked.slice(from, from + n).map((r) => r.data()))).map((d) =>
        toSearchResult(d, this.siteRoot),
      );
    const [results, counts] = await Promise.all([load(0, count), this.counts(api, state, term, found)]);
    if (id !== this.latest) return null;
    let shown = results.length;
    return {
      state,
      total: ranked.length,
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

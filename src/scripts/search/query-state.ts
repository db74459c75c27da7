import {
  isSearchablePageType,
  type SearchablePageType,
  typedPageTypes,
  UNTYPED_PAGE_TYPE,
} from '../../lib/search/page-types';

export type SortOrder = 'relevance' | 'newest' | 'oldest';

/** Everything a search link carries: `search.html?q=…&type=…&year=…&document=…&sort=…`. */
export interface SearchState {
  query: string;
  types: SearchablePageType[];
  years: string[];
  documents: string[];
  sort: SortOrder;
}

export const emptyState: SearchState = { query: '', types: [], years: [], documents: [], sort: 'relevance' };

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** Reads a search from a URL's query string, dropping values no page can have. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  return {
    query: (params.get('q') ?? '').trim(),
    types: unique(params.getAll('type').filter(isSearchablePageType)),
    years: unique(params.getAll('year').filter((y) => /^\d{4}$/.test(y))),
    documents: unique(params.getAll('document').filter((d) => d.trim() !== '')),
    sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance',
  };
}

/** The query string for a search, in a fixed order so equal searches give equal links. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const type of state.types) params.append('type', type);
  for (const year of state.years) params.append('year', year);
  for (const doc of state.documents) params.append('document', doc);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The words to hand Pagefind. Its index drops symbols such as `<`, `=` and
 * `+` but its query keeps them, and a word that starts with one finds
 * nothing; so symbols become spaces: `<script>` searches for `script`.
 * A search wrapped in quotation marks (straight, curly or «») is one phrase,
 * Pagefind's exact search, whatever marks it holds inside. Elsewhere curly marks
 * are the text's own punctuation, pasted with it, and are dropped; straight ones
 * pair up into phrases as Pagefind reads them, and an unpaired one is dropped.
 */
export function pagefindQuery(query: string): string {
  const words = query
    .replace(/\p{S}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words.length > 2 && OPENING.test(words) && CLOSING.test(words)) {
    return `"${unquoted(words.slice(1, -1))}"`;
  }
  const plain = spaced(words.replace(CURLY, ''));
  return (plain.match(/"/g)?.length ?? 0) % 2 ? unquoted(plain) : plain;
}

const OPENING = /^["“„«]/u;
const CLOSING = /["”»]$/u;
const CURLY = /[“”„‟«»]/gu;
const spaced = (words: string) => words.replace(/\s+/g, ' ').trim();
const unquoted = (words: string) => spaced(words.replace(/["“”„‟«»]/gu, ''));

/** The filters of the index, and where a search keeps the values chosen for each. */
export const filterFields = { type: 'types', year: 'years', document: 'documents' } as const;
export type FilterKey = keyof typeof filterFields;

/** The same search without any value chosen for one filter. */
export function withoutFilter(state: SearchState, key: FilterKey): SearchState {
  return { ...state, [filterFields[key]]: [] };
}

type FilterValue = { any: string[] } | { none: string[] };

/**
 * Pagefind's filter for the chosen kinds. Sources carry no kind in the index
 * (`UNTYPED_PAGE_TYPE`), so a choice that includes them is "none of the kinds
 * left out", and a choice of every kind is no filter at all.
 */
export function typeFilter(types: readonly string[]): FilterValue | undefined {
  if (!types.length) return undefined;
  if (!types.includes(UNTYPED_PAGE_TYPE)) return { any: [...types] };
  const left = typedPageTypes.filter((type) => !types.includes(type));
  return left.length ? { none: left } : undefined;
}

/** Pagefind's filter object: any of the chosen values within a filter, all filters together. */
export function pagefindFilters(state: SearchState): Record<string, FilterValue> {
  const filters: Record<string, FilterValue> = {};
  const type = typeFilter(state.types);
  if (type) filters.type = type;
  if (state.years.length) filters.year = { any: state.years };
  if (state.documents.length) filters.document = { any: state.documents };
  return filters;
}

/**
 * The kinds' counts with the sources' added: the results no kind counted.
 * `results` is how many results the search had without a kind chosen.
 */
export function withUntypedCount(
  counts: Record<string, number> | undefined,
  results: number,
): Record<string, number> {
  const typed = { ...counts };
  const counted = Object.values(typed).reduce((sum, n) => sum + n, 0);
  return { ...typed, [UNTYPED_PAGE_TYPE]: Math.max(0, results - counted) };
}

/** Pagefind's sort object; relevance is Pagefind's own order. */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> {
  if (sort === 'newest') return { date: 'desc' };
  if (sort === 'oldest') return { date: 'asc' };
  return {};
}

export function hasFilters(state: SearchState): boolean {
  return state.types.length + state.years.length + state.documents.length > 0;
}

/** Adds a value to a list if absent, removes it if present. */
export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

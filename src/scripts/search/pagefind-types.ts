/** The parts of Pagefind's browser API the site uses (Pagefind 1.6). */

export interface WordLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations: WordLocation[];
  anchor?: { element: string; id: string; text?: string; location: number };
}

export interface PagefindFragment {
  url: string;
  content: string;
  /** The content as Pagefind counts words in it (internal, but what locations index). */
  raw_content?: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResults {
  results: { id: string; score: number; data: () => Promise<PagefindFragment> }[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: object;
  sort?: object;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResults | null>;
  preload(term: string | null, options?: PagefindSearchOptions): Promise<void>;
  filters(): Promise<FilterCounts>;
}

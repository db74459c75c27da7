/**
 * Every script the build compiles for the browser, in one place: where its
 * source is (under `src/scripts/`), where the build writes it and how it
 * reaches the browser. Every integration that compiles a script reads it from
 * here, and `<ClientScript name>` accepts only the names of `page` entries.
 */
export interface ClientEntry {
  /** The entry module, relative to `src/scripts/`. */
  source: string;
  /** Where the compiled script lands, relative to the site root. */
  output: string;
  /**
   * `page`: a page names it with `<ClientScript name>`. `loader`: ClientScript's own loader for
   * scripts that wait for the reader's first move. `on-demand`: another script loads it.
   * `service-worker`: registered by the offline controls. `offline-search`: compiled into
   * Pagefind's runtime for pages opened from disk.
   */
  load: 'page' | 'loader' | 'on-demand' | 'service-worker' | 'offline-search';
}

export const clientEntries = {
  'citation-preview': { source: 'citation-preview.ts', output: 'scripts/citation-preview.js', load: 'page' },
  links: { source: 'links.ts', output: 'scripts/links.js', load: 'page' },
  offline: { source: 'offline.ts', output: 'scripts/offline.js', load: 'page' },
  'search-hook': { source: 'search-hook.ts', output: 'scripts/search-hook.js', load: 'page' },
  // The search page's alone, so other pages do not carry it.
  'search-page-hook': { source: 'search-page-hook.ts', output: 'scripts/search-page-hook.js', load: 'page' },
  timeline: { source: 'timeline.ts', output: 'scripts/timeline.js', load: 'page' },
  'on-interaction': { source: 'on-interaction.ts', output: 'scripts/on-interaction.js', load: 'loader' },
  // Loaded by search-hook when the reader focuses the search field, or by search-page-hook.
  search: { source: 'search.ts', output: 'scripts/search.js', load: 'on-demand' },
  'service-worker': { source: 'offline/service-worker.ts', output: 'sw.js', load: 'service-worker' },
  'offline-search': {
    source: 'search/offline-fetch.ts',
    output: 'pagefind/offline/pagefind.js',
    load: 'offline-search',
  },
} as const satisfies Record<string, ClientEntry>;

export type ClientEntryName = keyof typeof clientEntries;

/** The names a page may pass to `<ClientScript name>`. */
export type PageScriptName = {
  [K in ClientEntryName]: (typeof clientEntries)[K]['load'] extends 'page' ? K : never;
}[ClientEntryName];

/** The entries the client-scripts step compiles into `scripts/`: all but those other steps own. */
export const scriptsFolderEntries = (Object.keys(clientEntries) as ClientEntryName[])
  .filter((name) => clientEntries[name].output.startsWith('scripts/'))
  .sort();

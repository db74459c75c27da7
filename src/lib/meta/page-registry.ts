import type { PageRecord } from './page-record';

// The pages are rendered from a bundle of their own while the integrations run
// from the config, in the same process: one registry under a global symbol
// serves both copies of this module.
const KEY = Symbol.for('explainer-site.page-records');
type Store = Map<string, PageRecord>;
const holder = globalThis as { [KEY]?: Store };

function store(): Store {
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/** Called by the layout for every page it renders; a page rendered twice keeps its last record. */
export function recordPage(record: PageRecord): void {
  store().set(record.path, record);
}

/** Every page recorded in this build, sorted by path so what is made from them is deterministic. */
export function recordedPages(): PageRecord[] {
  return [...store().values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Forgets earlier builds' pages (a dev server or a second build in one process). */
export function clearRecordedPages(): void {
  store().clear();
}

/**
 * This build's records, completed with the last build's for the pages an
 * incremental build reused rather than rendered (they record nothing): every
 * page in `builtPaths` gets the record a full build would have made, and pages
 * that are gone drop out. Sorted by path, as `recordedPages` is.
 */
export function withReusedPages(
  recorded: readonly PageRecord[],
  previous: readonly PageRecord[],
  builtPaths: ReadonlySet<string>,
): PageRecord[] {
  const byPath = new Map(previous.filter((p) => builtPaths.has(p.path)).map((p) => [p.path, p]));
  for (const page of recorded) byPath.set(page.path, page);
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

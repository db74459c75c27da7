/** One file of the bundle Pagefind builds, as its Node API returns it. */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

/** The global function each offline index script calls with its file's bytes. */
export const OFFLINE_CALLBACK = 'explainerPagefindFile';

/** The global the offline runtime sets to Pagefind's search API. */
export const OFFLINE_RUNTIME_GLOBAL = 'explainerPagefind';

/** Where the offline copy of a bundle file lives, relative to the bundle folder. */
export function offlineScriptPath(path: string): string {
  return `offline/${path}.js`;
}

const INDEX_DATA =
  /^(pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|(index|fragment|filter)\/[\w-]+\.pf_(index|fragment|filter))$/;

/**
 * The files the site's search loads: Pagefind's runtime and highlight script,
 * and the index data (entry, metadata, the WebAssembly its languages use,
 * chunks and fragments). Pagefind's own interfaces and its worker are left out:
 * the site has its own interface and runs search without a worker.
 */
export function webFiles(files: readonly BundleFile[]): BundleFile[] {
  const entryFile = files.find((f) => f.path === 'pagefind-entry.json');
  if (!entryFile) throw new Error('Search index: Pagefind wrote no pagefind-entry.json.');
  const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as {
    languages: Record<string, { wasm?: string | null }>;
  };
  const wasm = new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`));
  return files.filter(
    (f) =>
      f.path === 'pagefind.js' ||
      f.path === 'pagefind-highlight.js' ||
      wasm.has(f.path) ||
      INDEX_DATA.test(f.path),
  );
}

/** The files Pagefind's runtime fetches: everything the site loads except the two scripts. */
export function indexDataFiles(files: readonly BundleFile[]): BundleFile[] {
  return webFiles(files).filter((f) => !f.path.endsWith('.js'));
}

/**
 * A classic script that hands one index file's bytes to the offline runtime.
 * Pages opened from disk may load scripts but not fetch files, so the bytes
 * travel as base64 inside a script.
 */
export function offlineDataScript(file: BundleFile): string {
  const base64 = Buffer.from(file.content).toString('base64');
  return `${OFFLINE_CALLBACK}(${JSON.stringify(file.path)},"${base64}");\n`;
}

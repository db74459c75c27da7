import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { site } from '../config/site';
import { type ContentProblem, isError, problemsOf } from './content-problem';
import { publish, recordProblems } from './problem-registry';
import { readerVersion } from './reader-version';

/** One file of the folder, as the collection's reader gets it. */
export interface FolderFile {
  name: string;
  /** Path relative to the project, for messages. */
  file: string;
  bytes: Uint8Array;
}

/** What a reader makes of one file: its entry, or the problems that keep it out. */
export interface ReadEntry {
  id: string;
  data: Record<string, unknown>;
  rendered?: { html: string };
  /** The line of the file that holds the id, for a duplicate. */
  line?: number;
}

export interface FolderCollection {
  /** The collection's name, as in content.config.ts. */
  collection: string;
  base: string;
  schema: z.ZodType;
  /** Without the folder a site cannot be built (documents), or has none of these (the rest). */
  required?: boolean;
  /** Which file names are entries. */
  entry: RegExp;
  /** Files read with an entry, such as a document's sidecar: the names, from all in the folder. */
  companions?: (name: string, names: readonly string[]) => string[];
  /** Problems with names in the folder that are not entries (stray or misnamed files). */
  strays?: (names: readonly string[], folders: readonly string[], dir: string) => ContentProblem[];
  read: (file: FolderFile, companions: FolderFile[]) => ReadEntry;
  /** Checks across the folder's entries, such as names two entities share. */
  checkAll?: (data: readonly Record<string, unknown>[]) => ContentProblem[];
  /**
   * What the entries are made from besides their files, part of every entry's digest: when it
   * changes, every file is read again. By default the readers' code and the site's settings.
   */
  version?: (config: AstroConfig) => string;
}

function defaultVersion(config: AstroConfig): string {
  return readerVersion(fileURLToPath(config.srcDir), fileURLToPath(config.root), site);
}

/**
 * One loader for every folder of editors' files. Each file is read again only
 * when its bytes (or its companions', or the code that reads them) change; entries whose file is gone are
 * deleted. Problems are collected for all files and recorded for the final
 * check, which reports those of every collection at once.
 */
export function folderLoader(options: FolderCollection): Loader {
  return {
    name: `${options.collection}-loader`,
    schema: options.schema,
    load: (context) => loadFolder(options, context),
  };
}

/** Files read ahead of the one being parsed: enough to keep the disk busy, few enough to hold. */
const READ_AHEAD = 32;

export async function loadFolder(options: FolderCollection, context: LoaderContext): Promise<void> {
  const { store, parseData, generateDigest, logger, config } = context;
  const root = config.root.pathname;
  const dir = resolve(root, options.base);
  const rel = (name: string) => relative(root, join(dir, name));
  const problems: ContentProblem[] = [];
  const listing = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
  if (!listing && options.required) {
    problems.push({
      file: relative(root, dir) || '.',
      line: 1,
      message: `the folder ${relative(root, dir)} is missing`,
      fix: `create it and put the ${options.collection} in it (or set EXPLAINER_CONTENT_DIR to the content folder).`,
    });
  }
  const all = (listing ?? []).filter((d) => !d.name.startsWith('.') || options.entry.test(d.name));
  const folders = all.filter((d) => d.isDirectory()).map((d) => d.name);
  const names = all
    .filter((d) => !d.isDirectory())
    .map((d) => d.name)
    .sort();
  problems.push(...(options.strays?.(names, folders, relative(root, dir)) ?? []));

  const version = (options.version ?? defaultVersion)(config);
  const byFile = new Map([...store.entries()].map(([id, e]) => [e.filePath ?? id, e]));
  const owners = new Map<string, { file: string; line: number }>();
  const keep = new Set<string>();
  const read = async (n: string): Promise<FolderFile> => ({
    name: n,
    file: rel(n),
    bytes: new Uint8Array(await readFile(join(dir, n))),
  });
  const readWith = (name: string) =>
    Promise.all([read(name), Promise.all((options.companions?.(name, names) ?? []).map(read))]);
  // Files are read a few dozen ahead of the one being parsed: one at a time, the loader mostly waited.
  const entryNames = names.filter((n) => options.entry.test(n));
  const ahead = new Map<number, ReturnType<typeof readWith>>();
  const readAhead = (i: number) => {
    const name = entryNames[i];
    if (name === undefined || ahead.has(i)) return;
    const reading = readWith(name);
    // Awaited in turn below; this only keeps a failure from counting as unhandled meanwhile.
    reading.catch(() => {});
    ahead.set(i, reading);
  };
  for (let i = 0; i < READ_AHEAD; i++) readAhead(i);
  for (const [i, name] of entryNames.entries()) {
    readAhead(i + READ_AHEAD);
    const file = rel(name);
    const [main, companions] = await (ahead.get(i) as ReturnType<typeof readWith>);
    ahead.delete(i);
    const digest = generateDigest(
      [
        version,
        ...[main, ...companions].map((f) => `${f.file}\0${Buffer.from(f.bytes).toString('base64')}`),
      ].join('\0'),
    );
    let id: string;
    let line = 1;
    const old = byFile.get(file);
    if (old?.digest === digest) {
      id = old.id;
    } else {
      let entry: ReadEntry;
      try {
        entry = options.read(main, companions);
      } catch (error) {
        problems.push(...problemsOf(error));
        continue;
      }
      id = entry.id;
      line = entry.line ?? 1;
      if (!owners.has(id)) {
        const data = await parseData({ id, data: entry.data, filePath: file });
        if (old && old.id !== id) store.delete(old.id);
        store.set({ id, data, digest, filePath: file, rendered: entry.rendered });
      }
    }
    const other = owners.get(id);
    if (other) {
      problems.push({
        file,
        line,
        message: `the id "${id}" is already that of ${other.file}`,
        fix: `give each of the ${options.collection} its own id (rename one of the two files, or change its id); keep the older one, since links use it.`,
      });
      continue;
    }
    owners.set(id, { file, line });
    keep.add(id);
  }
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  const data = [...store.values()].map((e) => e.data);
  problems.push(...(options.checkAll?.(data) ?? []));
  recordProblems(options.collection, problems);
  publish(options.collection, data);
  const errors = problems.filter(isError).length;
  logger.info(`${keep.size} ${options.collection}${errors ? `, ${errors} with problems` : ''}`);
}

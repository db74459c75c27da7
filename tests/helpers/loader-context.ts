import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  filePath?: string;
}

interface Stored {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  filePath?: string;
}

/** The parts of Astro's loader context the folder loader uses, over a plain map. */
export function fakeContext(root: string) {
  const entries = new Map<string, Stored>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Stored) => {
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
  };
  const context = {
    store,
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
  } as unknown as LoaderContext;
  return { context, entries };
}

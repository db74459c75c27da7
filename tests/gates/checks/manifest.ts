import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from './site-pages';

/** `path → sha256` for every file of a build, sorted by path. */
export async function manifest(dir: string): Promise<Record<string, string>> {
  const entries: [string, string][] = [];
  for (const file of await listFiles(dir)) {
    entries.push([
      file,
      createHash('sha256')
        .update(await readFile(join(dir, file)))
        .digest('hex'),
    ]);
  }
  return Object.fromEntries(entries);
}

/** The paths whose bytes differ, or that only one build has. */
export function manifestDifferences(a: Record<string, string>, b: Record<string, string>): string[] {
  const paths = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return paths.filter((p) => a[p] !== b[p]);
}

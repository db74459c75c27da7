import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Every page of a built site, found from the build itself: all `.html` files,
 * as root-relative paths (`documents/x.html`), sorted. New pages are checked
 * without anyone adding them to a list.
 */
export async function listPages(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((f) => f.endsWith('.html'));
}

export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file of a build, as sorted root-relative paths with `/` separators. */
export async function builtFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

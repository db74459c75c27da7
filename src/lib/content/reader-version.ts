import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folders of code a collection's reader can reach: the parsers and the interface text they use. */
const READER_FOLDERS = ['lib', 'i18n'];

/**
 * A digest of what turns an editor's file into its entry besides the file:
 * the code under `src/lib/` and `src/i18n/`, the dependencies (the lockfile)
 * and the site's settings (the language dates are read in, the words of a
 * derived title). Mixed into each entry's digest, so a changed parser or
 * setting reads every file again, and every key built from the digests
 * (page keys, the detected-dates cache) changes with it.
 */
export function readerVersion(srcDir: string, root: string, settings: unknown): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(settings ?? null));
  const lockfile = join(root, 'package-lock.json');
  if (existsSync(lockfile)) hash.update('\0lockfile\0').update(readFileSync(lockfile));
  for (const folder of READER_FOLDERS.map((f) => join(srcDir, f)).filter((f) => existsSync(f))) {
    const files = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const file of files) {
      hash.update(`\0${relative(srcDir, file).split(sep).join('/')}\0`).update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 32);
}

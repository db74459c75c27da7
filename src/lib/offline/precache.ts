import { createHash } from 'node:crypto';

export interface BuiltFile {
  path: string;
  sha256: string;
}

/**
 * The build's version, from every offline file's path and content: the
 * service worker's cache name, so a new build replaces the old cache and an
 * unchanged build keeps it.
 */
export function buildVersion(files: BuiltFile[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1)))
    hash.update(`${f.path}\0${f.sha256}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** What the service worker is told at build time: its version and the files to save, sorted. */
export function precacheManifest(files: BuiltFile[]): { version: string; files: string[] } {
  return { version: buildVersion(files), files: files.map((f) => f.path).sort() };
}

import { join } from 'node:path';
import type { ContentProblem } from '../content/content-problem';

/** The sidecar that belongs to a document file: `NAME.txt` → `NAME.meta.yaml`. */
export const sidecarName = (name: string): string => name.replace(/\.txt$/i, '.meta.yaml');

/**
 * Names in the documents folder that would be silently ignored: a sidecar with
 * no document (or one differing in case), a misspelt extension, a folder. Each
 * is an editor's mistake the build names, since the file would never show.
 */
export function documentStrays(
  names: readonly string[],
  folders: readonly string[],
  dir: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const documents = names.filter((n) => /\.txt$/i.test(n));
  const lower = new Map(documents.map((n) => [sidecarName(n).toLowerCase(), n]));
  const sidecars = new Set(documents.map(sidecarName));
  for (const name of names) {
    const file = join(dir, name);
    if (/\.meta\.yml$/i.test(name)) {
      problems.push({
        file,
        line: 1,
        message: 'a sidecar must end in ".meta.yaml"; this one is not read',
        fix: `rename it to ${name.replace(/\.meta\.yml$/i, '.meta.yaml')}.`,
      });
    } else if (/\.meta\.yaml$/i.test(name) && !sidecars.has(name)) {
      const document = lower.get(name.toLowerCase());
      problems.push({
        file,
        line: 1,
        message: document
          ? `this sidecar's name differs in case from its document, ${document}; it is not read`
          : `this sidecar has no document (${name.replace(/\.meta\.yaml$/i, '.txt')} is not in the folder)`,
        fix: document
          ? `rename it to ${sidecarName(document)}.`
          : 'rename it to match its document, or delete it if the document was removed.',
      });
    } else if (!/\.(txt|meta\.yaml)$/i.test(name)) {
      problems.push({
        file,
        line: 1,
        message: 'this file is neither a document (.txt) nor a sidecar (.meta.yaml), and is not read',
        fix: 'move it out of the documents folder, or give it the right extension.',
        severity: 'warning',
      });
    }
  }
  for (const folder of folders) {
    problems.push({
      file: join(dir, folder),
      line: 1,
      message: /\.txt$/i.test(folder)
        ? 'this is a folder, not a document file'
        : 'documents in sub-folders are not read',
      fix: 'put each document straight in the documents folder, as NAME.txt.',
      severity: /\.txt$/i.test(folder) ? 'error' : 'warning',
    });
  }
  return problems;
}

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DocumentData } from '../documents/document-schema';
import { detectEvents } from './detect-events';
import type { TimelineEntry } from './timeline-entry';

export interface DetectedDatesCache {
  /** The dates found in a document: the last build's, when its digest is unchanged. */
  detect: (doc: DocumentData) => TimelineEntry[];
  /** Writes what this build found (only its documents), if anything changed. */
  save: () => Promise<void>;
}

/**
 * Date detection is the costliest step left once the loaders skip unchanged
 * files, and it reads nothing but the document: its result is kept in
 * `file` under the document's digest. That digest covers the document's
 * bytes, its sidecar, the code that reads and detects (`src/lib/`) and the
 * site's settings (src/lib/content/reader-version.ts), so a kept result is
 * the one detection would give. Without a file or a digest, it detects.
 */
export async function detectedDatesCache(
  file: string | undefined,
  digests: ReadonlyMap<string, string>,
): Promise<DetectedDatesCache> {
  const last: Record<string, TimelineEntry[]> = file
    ? await readFile(file, 'utf8')
        .then((text) => JSON.parse(text) as Record<string, TimelineEntry[]>)
        .catch(() => ({}))
    : {};
  const now: Record<string, TimelineEntry[]> = {};
  let changed = false;
  return {
    detect: (doc) => {
      const digest = digests.get(doc.slug);
      if (!digest) return detectEvents(doc);
      let entries = last[digest];
      if (!entries) {
        entries = detectEvents(doc);
        changed = true;
      }
      now[digest] = entries;
      return entries;
    },
    save: async () => {
      if (!file || (!changed && Object.keys(now).length === Object.keys(last).length)) return;
      // Written beside and renamed: a build stopped halfway leaves the last whole file.
      await mkdir(dirname(file), { recursive: true });
      await writeFile(`${file}.tmp`, JSON.stringify(now));
      await rename(`${file}.tmp`, file);
    },
  };
}

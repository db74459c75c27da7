import type { Loader } from 'astro/loaders';
import { decodeText } from '../content/decode-text';
import { folderLoader } from '../content/folder-loader';
import { storedEventSchema } from './event-schema';
import { parseEventFile } from './parse-event-file';

/**
 * Reads curated events, one per `*.yaml` file. A site without the folder simply
 * has no curated events. Citations are checked against the documents with the
 * other checks across collections (src/lib/content/check-corpus.ts).
 */
export function eventsLoader({ base }: { base: string }): Loader {
  return folderLoader({
    collection: 'events',
    base,
    schema: storedEventSchema,
    entry: /\.ya?ml$/i,
    read: (main) => {
      const event = parseEventFile(decodeText(main.bytes, main.file), main.file);
      return { id: event.id, data: event, line: event.line };
    },
  });
}

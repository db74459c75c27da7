import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { DocumentError } from '../documents/document-error';
import { type StoredEvent, storedEventSchema } from './event-schema';
import { parseEventFile } from './parse-event-file';

/**
 * Reads curated events, one per `*.yaml` file. A site without the folder simply
 * has no curated events. Citations are checked against the documents when the
 * timeline is built, where both collections are at hand.
 */
export function eventsLoader({ base }: { base: string }): Loader {
  return {
    name: 'events-loader',
    schema: storedEventSchema,
    async load({ store, parseData, generateDigest, logger, config }) {
      const root = config.root.pathname;
      const dir = resolve(root, base);
      const names = (await readdir(dir).catch(() => [] as string[]))
        .filter((n) => /\.ya?ml$/i.test(n))
        .sort();
      const byId = new Map<string, string>();
      store.clear();
      for (const name of names) {
        const file = relative(root, join(dir, name));
        const source = await readFile(join(dir, name), 'utf8');
        const event = parseEventFile(source, file);
        const other = byId.get(event.id);
        if (other) {
          throw new DocumentError(
            file,
            event.line,
            `the id "${event.id}" is already used by ${other}`,
            'give each event its own id; an id is the event’s link, so keep the older one.',
          );
        }
        byId.set(event.id, file);
        const data: StoredEvent = await parseData({ id: event.id, data: event });
        store.set({ id: event.id, data, digest: generateDigest(source), filePath: file });
      }
      logger.info(`${names.length} curated events`);
    },
  };
}

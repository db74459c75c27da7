import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentData } from '../../../src/lib/documents/document-schema';
import { parseDocument } from '../../../src/lib/documents/parse-document';
import { slugFromFileName } from '../../../src/lib/documents/slug';
import type { StoredEvent } from '../../../src/lib/timeline/event-schema';
import { parseEventFile } from '../../../src/lib/timeline/parse-event-file';
import { projectRoot } from '../../helpers/build-site';

/** The documents of a content folder, parsed as the loader does (sidecars included). */
export function loadDocuments(contentDir = 'content'): DocumentData[] {
  const dir = join(projectRoot, contentDir, 'documents');
  const names = readdirSync(dir);
  return names
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => {
      const file = `${contentDir}/documents/${name}`;
      const sidecarName = name.replace(/\.txt$/, '.meta.yaml');
      const sidecar = names.includes(sidecarName)
        ? { file: sidecarName, source: readFileSync(join(dir, sidecarName), 'utf8') }
        : undefined;
      const parsed = parseDocument({ file, bytes: readFileSync(join(dir, name)), sidecar });
      return { slug: slugFromFileName(name), file, ...parsed };
    });
}

/** The curated events of a content folder. */
export function loadEvents(contentDir = 'content'): StoredEvent[] {
  const dir = join(projectRoot, contentDir, 'events');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((name) => parseEventFile(readFileSync(join(dir, name), 'utf8'), `${contentDir}/events/${name}`));
}

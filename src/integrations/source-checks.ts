import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { DocumentData } from '../lib/documents/document-schema';
import { uncheckable } from '../lib/documents/provenance';

type Published = Pick<DocumentData, 'slug' | 'publisher' | 'sourceUrl' | 'provenance'>;

/**
 * Ends the build with one warning per document whose publisher, original URL or
 * provenance is missing, so editors see what readers cannot check.
 */
export function sourceChecks(): AstroIntegration {
  return {
    name: 'source-checks',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const file = join(fileURLToPath(dir), 'data', 'documents.json');
        const { documents } = JSON.parse(await readFile(file, 'utf8')) as { documents: Published[] };
        for (const doc of documents) {
          const missing = uncheckable(doc);
          if (missing.length) {
            logger.warn(
              `${doc.slug}: readers cannot check its ${missing.join(', ')} — record it in the document’s .meta.yaml`,
            );
          }
        }
      },
    },
  };
}

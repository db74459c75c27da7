import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { DocumentError } from './document-error';
import { type DocumentData, documentSchema } from './document-schema';
import { parseDocument } from './parse-document';
import { renderDocumentHtml } from './render-document';
import { slugFromFileName } from './slug';

/**
 * Reads `*.txt` documents (and their `*.meta.yaml` sidecars) from a folder.
 * All parsing lives in `parseDocument`; this only does the I/O and the store.
 */
export function documentsLoader({ base }: { base: string }): Loader {
  return {
    name: 'documents-loader',
    schema: documentSchema,
    async load({ store, parseData, generateDigest, logger, config }) {
      const root = config.root.pathname;
      const dir = resolve(root, base);
      const names = (await readdir(dir)).sort();
      const seen = new Map<string, string>();
      const keep = new Set<string>();
      for (const name of names.filter((n) => /\.txt$/i.test(n))) {
        const file = relative(root, join(dir, name));
        const slug = slugFromFileName(name);
        const other = seen.get(slug);
        if (other) {
          throw new DocumentError(
            file,
            1,
            `its slug "${slug}" is the same as that of ${other}`,
            'rename one of the two files; the slug is the file name in lower case with dashes.',
          );
        }
        seen.set(slug, file);
        keep.add(slug);

        const bytes = new Uint8Array(await readFile(join(dir, name)));
        const sidecarName = name.replace(/\.txt$/i, '.meta.yaml');
        const sidecarSource = names.includes(sidecarName)
          ? await readFile(join(dir, sidecarName), 'utf8')
          : undefined;
        const digest = generateDigest(`${Buffer.from(bytes).toString('base64')}\0${sidecarSource ?? ''}`);
        if (store.get(slug)?.digest === digest) continue;

        const parsed = parseDocument({
          file,
          bytes,
          sidecar:
            sidecarSource === undefined
              ? undefined
              : { file: relative(root, join(dir, sidecarName)), source: sidecarSource },
        });
        const data: DocumentData = await parseData({
          id: slug,
          data: { slug, file, ...parsed },
        });
        store.set({ id: slug, data, digest, rendered: { html: renderDocumentHtml(parsed.passages) } });
      }
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      logger.info(`${keep.size} documents`);
    },
  };
}

import type { Loader } from 'astro/loaders';
import { contentError } from '../content/content-problem';
import { folderLoader } from '../content/folder-loader';
import { documentSchema } from './document-schema';
import { parseDocument } from './parse-document';
import { renderDocumentHtml } from './render-document';
import { slugFromFileName } from './slug';
import { documentStrays, sidecarName } from './stray-files';

// A file name has at most 255 bytes on most disks, and the page, the original
// and the share image add their own endings to the slug.
const MAX_SLUG = 200;

const nameSets = new WeakMap<readonly string[], Set<string>>();
function namesIn(names: readonly string[]): Set<string> {
  let set = nameSets.get(names);
  if (!set) {
    set = new Set(names);
    nameSets.set(names, set);
  }
  return set;
}

/**
 * Reads `*.txt` documents (and their `*.meta.yaml` sidecars) from a folder.
 * All parsing lives in `parseDocument`; this only names the files.
 */
export function documentsLoader({ base }: { base: string }): Loader {
  return folderLoader({
    collection: 'documents',
    base,
    schema: documentSchema,
    required: true,
    entry: /\.txt$/i,
    // A Set of the names, made once per listing: filtering them all for each document was quadratic.
    companions: (name, names) => (namesIn(names).has(sidecarName(name)) ? [sidecarName(name)] : []),
    strays: documentStrays,
    read: (main, [sidecar]) => {
      const slug = slugFromFileName(main.name);
      if (!slug) {
        throw contentError(
          main.file,
          1,
          `the file name "${main.name}" has no letters or digits to make the document's address from`,
          'rename the file with words in letters or digits, such as "port-inspections-2025.txt".',
        );
      }
      if (slug.length > MAX_SLUG) {
        throw contentError(
          main.file,
          1,
          `the file name makes an address of ${slug.length} characters; its page and files need at most ${MAX_SLUG}`,
          'shorten the file name (the address is the name in lower case with dashes).',
        );
      }
      const parsed = parseDocument({
        file: main.file,
        bytes: main.bytes,
        sidecar: sidecar && { file: sidecar.file, source: sidecar.bytes },
      });
      return {
        id: slug,
        data: { slug, file: main.file, ...parsed },
        rendered: { html: renderDocumentHtml(parsed.passages) },
      };
    },
  });
}

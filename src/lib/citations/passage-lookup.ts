import type { DocumentData } from '../documents/document-schema';
import type { PassageLookup } from './check-quotations';
import { resolveCitation } from './citation-ref';

/** The checks' view of the documents: a ref's passage text, or why it does not resolve. */
export function passageLookup(documents: readonly DocumentData[]): {
  lookup: PassageLookup;
  kindOf: (ref: string) => string | undefined;
} {
  const cache = new Map<string, ReturnType<typeof resolveCitation>>();
  const resolve = (ref: string) => {
    let found = cache.get(ref);
    if (!found) {
      found = resolveCitation(ref, documents);
      cache.set(ref, found);
    }
    return found;
  };
  return {
    lookup: (ref) => {
      const found = resolve(ref);
      return found.ok
        ? {
            ok: true,
            text: found.citation.text,
            kind: found.citation.kind,
            date: found.citation.documentDate,
          }
        : found;
    },
    kindOf: (ref) => {
      const found = resolve(ref);
      return found.ok ? found.citation.kind : undefined;
    },
  };
}

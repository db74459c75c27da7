import { paths } from '../site/paths';
import type { DocumentData } from './document-schema';

/** One document as published in `data/documents.json`: the public contract. */
export function toPublicDocument(doc: DocumentData) {
  return {
    slug: doc.slug,
    title: doc.title,
    date: doc.date,
    publisher: doc.publisher,
    author: doc.author,
    sourceUrl: doc.sourceUrl,
    language: doc.language,
    sha256: doc.sha256,
    url: paths.document(doc.slug),
    passages: doc.passages.map((p) => ({
      id: p.id,
      kind: p.kind,
      text: p.text,
      note: p.note ?? null,
      url: paths.passage(doc.slug, p.id),
    })),
    // Added later, so they come last: the fields before them keep their order.
    titleIsDerived: doc.titleIsDerived,
    opening: doc.opening,
    provenance: doc.provenance,
  };
}

// The order `localeCompare` gives, from one collator rather than one made for each comparison.
const { compare } = new Intl.Collator();

/** Newest first, then by slug, so every build lists them in the same order. */
export function sortDocuments<T extends { data: Pick<DocumentData, 'date' | 'slug'> }>(docs: T[]): T[] {
  return [...docs].sort((a, b) => compare(b.data.date, a.data.date) || compare(a.data.slug, b.data.slug));
}

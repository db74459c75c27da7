import type { DocumentData } from '../documents/document-schema';
import { paths } from '../site/paths';

/** A citation names a passage as `document-slug#passage-id`. */
export interface CitationRef {
  document: string;
  passage: string;
}

const REF = /^([a-z0-9][\p{L}\p{N}-]*)#(p-[\p{L}\p{N}-]+)$/u;

export function parseCitationRef(ref: string): CitationRef | undefined {
  const m = REF.exec(ref.trim());
  return m ? { document: m[1] ?? '', passage: m[2] ?? '' } : undefined;
}

export interface ResolvedCitation extends CitationRef {
  documentTitle: string;
  /** No title is recorded: `documentTitle` only describes the document. */
  documentUntitled: boolean;
  /** Whether the document is original reporting or a rewrite, as the editors recorded it. */
  provenance: DocumentData['provenance'];
  documentDate: string;
  publisher: string | null;
  /** The passage's current id (an alias in the ref resolves to it). */
  passageId: string;
  passageNumber: number;
  text: string;
  kind: DocumentData['passages'][number]['kind'];
  /** The editors' note on the passage (from the document's sidecar), shown wherever its text is. */
  note: string | null;
  /** Root-relative URL of the passage. */
  url: string;
}

/**
 * Resolves a ref against the documents, or explains why it cannot be: the
 * message is meant for an error that also names the file holding the ref.
 */
export function resolveCitation(
  ref: string,
  documents: readonly DocumentData[],
): { ok: true; citation: ResolvedCitation } | { ok: false; message: string } {
  const parsed = parseCitationRef(ref);
  if (!parsed) {
    return {
      ok: false,
      message: `citation "${ref}" is not of the form "document-slug#passage-id" (for example "my-article#p-first-words")`,
    };
  }
  const doc = documents.find((d) => d.slug === parsed.document);
  if (!doc) {
    const known = documents.map((d) => d.slug).join(', ');
    return {
      ok: false,
      message: `citation "${ref}" names document "${parsed.document}", which does not exist (documents: ${known})`,
    };
  }
  const index = doc.passages.findIndex((p) => p.id === parsed.passage || p.aliases.includes(parsed.passage));
  const passage = doc.passages[index];
  if (!passage) {
    return {
      ok: false,
      message: `citation "${ref}": document "${doc.slug}" has no passage "${parsed.passage}" (its passage ids are listed on its source page and in data/documents.json)`,
    };
  }
  return {
    ok: true,
    citation: {
      ...parsed,
      documentTitle: doc.title,
      documentUntitled: doc.titleIsDerived,
      provenance: doc.provenance,
      documentDate: doc.date,
      publisher: doc.publisher,
      passageId: passage.id,
      passageNumber: index + 1,
      text: passage.text,
      kind: passage.kind,
      note: passage.note ?? null,
      url: paths.passage(doc.slug, passage.id),
    },
  };
}

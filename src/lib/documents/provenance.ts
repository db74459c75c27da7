import type { DocumentData } from './document-schema';

type Facts = Pick<DocumentData, 'publisher' | 'sourceUrl' | 'provenance'>;

const TYPE_LABEL = {
  original: 'Original reporting',
  rewrite: 'Rewrite of others’ reporting',
  unknown: 'Not established whether original or a rewrite',
} as const;
const NOT_RECORDED = 'Not recorded whether original or a rewrite';
const RELAYS = 'relays';

/** `Rewrite of others’ reporting; relays Wire Service (report), Radio Ejemplo (interview)`. */
export function provenanceLine(provenance: DocumentData['provenance']): string {
  if (!provenance) return NOT_RECORDED;
  const relays = provenance.relays.map((r) => `${r.by} (${r.what})`).join(', ');
  return relays ? `${TYPE_LABEL[provenance.type]}; ${RELAYS} ${relays}` : TYPE_LABEL[provenance.type];
}

/** What a reader cannot check about a document, for the build's warnings. */
export function uncheckable(doc: Facts): string[] {
  return [
    !doc.publisher && 'publisher',
    !doc.sourceUrl && 'original URL',
    (!doc.provenance || doc.provenance.type === 'unknown') && 'provenance',
  ].filter((s): s is string => Boolean(s));
}

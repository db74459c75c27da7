import { t } from '../config/site';
import type { DocumentData } from './document-schema';

const TYPE_KEY = {
  original: 'provenance.original',
  rewrite: 'provenance.rewrite',
  unknown: 'provenance.unknown',
} as const;

type Facts = Pick<DocumentData, 'publisher' | 'sourceUrl' | 'provenance'>;

/** `Rewrite of others’ reporting; relays Wire Service (report), Radio Ejemplo (interview)`. */
export function provenanceLine(provenance: DocumentData['provenance']): string {
  if (!provenance) return t('provenance.notRecorded');
  const type = t(TYPE_KEY[provenance.type]);
  const relays = provenance.relays.map((r) => `${r.by} (${r.what})`).join(', ');
  return relays ? t('provenance.relays', { type, relays }) : type;
}

/** What a reader cannot check about a document, for the build's warnings. */
export function uncheckable(doc: Facts): string[] {
  return [
    !doc.publisher && 'publisher',
    !doc.sourceUrl && 'original URL',
    (!doc.provenance || doc.provenance.type === 'unknown') && 'provenance',
  ].filter((s): s is string => Boolean(s));
}

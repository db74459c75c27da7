import { type UiText, uiText } from '../../i18n/ui-text';
import type { DocumentData } from './document-schema';

type Facts = Pick<DocumentData, 'publisher' | 'sourceUrl' | 'provenance'>;

const english = uiText('en');

/** `Rewrite of others’ reporting; relays Wire Service (report), Radio Ejemplo (interview)`, in `t`'s language. */
export function provenanceLine(provenance: DocumentData['provenance'], t: UiText = english): string {
  if (!provenance) return t('provenance.notRecorded');
  const type = t(`provenance.${provenance.type}`);
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

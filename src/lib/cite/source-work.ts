import type { UiText } from '../../i18n/ui-text';
import type { DocumentData } from '../documents/document-schema';
import { provenanceLine } from '../documents/provenance';
import type { CitableWork } from './cite-formats';

type Cited = Pick<
  DocumentData,
  'title' | 'titleIsDerived' | 'publisher' | 'author' | 'date' | 'sourceUrl' | 'provenance'
>;

/** A source document as citable: the original it reproduces, and its page on this site. */
export function sourceWork(doc: Cited, permalink: string, siteName: string, t?: UiText): CitableWork {
  return {
    title: doc.title,
    permalink,
    siteName,
    original: {
      publisher: doc.publisher,
      author: doc.author,
      date: doc.date,
      url: doc.sourceUrl,
      untitled: doc.titleIsDerived,
      ...(doc.provenance ? { provenance: provenanceLine(doc.provenance, t) } : {}),
    },
  };
}

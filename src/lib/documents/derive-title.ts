import { formatDate, t } from '../config/site';

const OPENING_WORDS = 12;

/**
 * `Untitled article, The Example Gazette, April 15, 2025`, in the site's language: names a document
 * nobody titled with a description, never its own words passed off as a headline.
 */
export function untitledName(date: string, publisher: string | null): string {
  return [t('doc.untitled'), publisher, formatDate(date)].filter(Boolean).join(', ');
}

/**
 * The first words of the document's text, shown as its opening (never as a title).
 * Page furniture, headings and captions are skipped: they are not where the text begins.
 */
export function openingWords(passages: readonly { kind: string; text: string }[]): string {
  const body = passages.find((p) => p.kind !== 'furniture' && p.kind !== 'heading' && p.kind !== 'caption');
  const text = (body ?? passages[0])?.text.replace(/\s+/gu, ' ').trim() ?? '';
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  const words = sentence.split(' ');
  if (words.length <= OPENING_WORDS) return sentence;
  return `${words
    .slice(0, OPENING_WORDS)
    .join(' ')
    .replace(/[,;:]$/u, '')}…`;
}

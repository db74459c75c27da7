export type PassageKind = 'paragraph' | 'caption' | 'quote' | 'embed';

/** The attribution line of a quoted social post: `— Name (@handle) Month D, YYYY`. */
export interface EmbedAttribution {
  author: string;
  handle: string;
  date: string;
}

export interface Classification {
  kind: PassageKind;
  embed?: EmbedAttribution;
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const EMBED_ATTRIBUTION = new RegExp(
  `(?:—|–|--)\\s*([^—–\\n]+?)\\s*\\(@(\\w{1,30})\\)\\s*(${MONTHS.join('|')})\\s+(\\d{1,2}),\\s*(\\d{4})\\s*$`,
  'u',
);
const OPENING_QUOTE = /^["“„«‘']/u;
const FINAL_PUNCTUATION = /[.!?…:;,]["”’»)]?$/u;
// Emoji and flags decorate display names; the author field keeps the name alone.
const DECORATION = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u200D|\uFE0F/gu;
const CAPTION_MAX_CHARS = 120;
const CAPTION_MAX_WORDS = 16;

/**
 * Decides what kind of passage a paragraph is. Order matters: an embed can
 * begin with a quotation mark, and a caption is only what is left over.
 */
export function classifyPassage(text: string): Classification {
  const embed = parseEmbedAttribution(text);
  if (embed) return { kind: 'embed', embed };
  if (OPENING_QUOTE.test(text)) return { kind: 'quote' };
  if (isCaption(text)) return { kind: 'caption' };
  return { kind: 'paragraph' };
}

export function parseEmbedAttribution(text: string): EmbedAttribution | undefined {
  const m = EMBED_ATTRIBUTION.exec(text);
  if (!m) return undefined;
  const [, name = '', handle = '', month = '', day = '', year = ''] = m;
  const author = name.replace(DECORATION, '').replace(/\s+/g, ' ').trim();
  const monthIndex = MONTHS.indexOf(month) + 1;
  const date = `${year}-${String(monthIndex).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return { author, handle, date };
}

function isCaption(text: string): boolean {
  if (text.includes('\n')) return false;
  if (text.length > CAPTION_MAX_CHARS) return false;
  if (text.split(/\s+/).length > CAPTION_MAX_WORDS) return false;
  return !FINAL_PUNCTUATION.test(text);
}

import { isFurniture, type PageContext } from './furniture';

/** What a passage is; `heading` and `furniture` are read from the shape of the text and its neighbours. */
export const passageKinds = ['paragraph', 'heading', 'caption', 'quote', 'embed', 'furniture'] as const;
export type PassageKind = (typeof passageKinds)[number];

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

/** Where a passage stands: what the sidecar says of the page, and the passage after it. */
export interface PassageContext extends PageContext {
  next?: string;
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
const MESES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

const ATTRIBUTION = '(?:—|–|--)\\s*([^—–\\n]+?)\\s*\\(@(\\w{1,30})\\)\\s*';
const EMBED_ATTRIBUTION = new RegExp(
  `${ATTRIBUTION}(${MONTHS.join('|')})\\s+(\\d{1,2}),\\s*(\\d{4})\\s*$`,
  'u',
);
// A post embedded in a Spanish page is dated "4 de febrero de 2025".
const EMBED_ATTRIBUTION_ES = new RegExp(
  `${ATTRIBUTION}(\\d{1,2})\\s+de\\s+(${MESES.join('|')})\\s+de\\s+(\\d{4})\\s*$`,
  'iu',
);
const OPENING_QUOTE = /^["“„«‘']/u;
const FINAL_PUNCTUATION = /[.!?…:;,。।॥]["”’»)]?$/u;
/** Reference markers of an encyclopedia (`[12]`, `[a]`, `[citation needed]`), which are not words. */
export const CITATION_MARKERS = /\[(?:\d{1,3}|[a-z]|citation needed)\]/gu;
// The credit after a caption's last sentence: "AFP/GETTY IMAGES", "REUTERS", "Photo: …", "(CP Photo/…)".
const CREDIT = /^(?:[^\p{Ll}]{2,60}|\(?[^()]{0,30}\b(?:Photo|Foto|Image|Images|Video)\b[^()]{0,40}\)?)$/u;
// Emoji and flags decorate display names; the author field keeps the name alone.
const DECORATION = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u200D|\uFE0F/gu;
const CAPTION_MAX_CHARS = 120;
const CAPTION_MAX_WORDS = 16;
const HEADING_MAX_CHARS = 90;
const HEADING_MAX_WORDS = 12;

/**
 * Decides what kind of passage a paragraph is. Order matters: an embed can
 * begin with a quotation mark, a repeated headline is furniture whatever its
 * punctuation, and a caption is only what is left over.
 */
export function classifyPassage(text: string, context: PassageContext = {}): Classification {
  const embed = parseEmbedAttribution(text);
  if (embed) return { kind: 'embed', embed };
  if (isFurniture(text, context)) return { kind: 'furniture' };
  if (OPENING_QUOTE.test(text)) return { kind: 'quote' };
  const body = withoutMarkers(text);
  if (hasCredit(body)) return { kind: 'caption' };
  if (isShortLine(body)) return { kind: isHeading(body, context.next) ? 'heading' : 'caption' };
  return { kind: 'paragraph' };
}

export function parseEmbedAttribution(text: string): EmbedAttribution | undefined {
  const en = EMBED_ATTRIBUTION.exec(text);
  const es = en ? null : EMBED_ATTRIBUTION_ES.exec(text);
  const m = en ?? es;
  if (!m) return undefined;
  const [, name = '', handle = ''] = m;
  const [month = '', day = '', year = ''] = en ? [m[3], m[4], m[5]] : [m[4], m[3], m[5]];
  const author = name.replace(DECORATION, '').replace(/\s+/g, ' ').trim();
  const monthIndex = (en ? MONTHS.indexOf(month) : MESES.indexOf(month.toLowerCase())) + 1;
  const date = `${year}-${String(monthIndex).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return { author, handle, date };
}

/** The text without its reference markers, so `…founded.[15][18]` ends like a sentence. */
export function withoutMarkers(text: string): string {
  return text.replace(CITATION_MARKERS, '').trimEnd();
}

function isShortLine(text: string): boolean {
  if (text.includes('\n')) return false;
  if (text.length > CAPTION_MAX_CHARS) return false;
  if (text.split(/\s+/).length > CAPTION_MAX_WORDS) return false;
  return !FINAL_PUNCTUATION.test(text);
}

/** A caption that is whole sentences followed by who took the picture. */
function hasCredit(text: string): boolean {
  if (text.includes('\n') || text.length > 400 || FINAL_PUNCTUATION.test(text)) return false;
  const end = /[.!?]["”’]?\s+(?=[^.!?]*$)/u.exec(text);
  if (!end) return false;
  const credit = text.slice(end.index + end[0].length);
  return /\p{Lu}/u.test(credit) && CREDIT.test(credit);
}

/**
 * A short line with body text after it and nothing that marks a caption
 * (a parenthesis, a trailing credit): the title of the section that follows.
 */
function isHeading(text: string, next: string | undefined): boolean {
  if (next === undefined || text.length > HEADING_MAX_CHARS) return false;
  if (text.split(/\s+/u).length > HEADING_MAX_WORDS || /[()]/u.test(text)) return false;
  return /^[\p{Lu}\p{N}¿¡«"“]/u.test(text);
}

/**
 * A lone short line in the middle of an article is more often a photo caption
 * than a section title ("Harbour cranes at dawn"), so a heading must be the
 * document's first passage, one of two or more, or a label of one or two
 * words ("Background"); any other becomes a caption.
 */
export function settleHeadings<P extends { kind: PassageKind; text: string }>(passages: P[]): P[] {
  const headings = passages.filter((p) => p.kind === 'heading');
  if (headings.length !== 1) return passages;
  const [lone] = headings;
  if (lone && lone !== passages[0] && lone.text.trim().split(/\s+/u).length > 2) lone.kind = 'caption';
  return passages;
}

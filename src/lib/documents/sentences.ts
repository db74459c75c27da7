import { CITATION_MARKERS } from './classify-passage';

/** A sentence of a passage: its text as written (trimmed) and where it starts in the passage. */
export interface Sentence {
  text: string;
  index: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
// A lone line break is a hard wrap inside a sentence; a blank line never occurs inside a passage.
const HARD_WRAP = /\r?\n/gu;
// "J." in "J. R. Smith", "Gen." before a name, "U.S." before "Navy", a dateline's "Calif." or a
// month's "Sept.": the sentence goes on.
// (A sentence that does end in "U.S." joins the next one: a longer title, never a cut one.)
const INITIAL =
  /(?:^|[\s(])(?:\p{Lu}|(?:\p{Lu}\.){1,3}\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Jr|Sr|No|Sra|Dra|Prof|Capt|Adm|Maj|Ft|Mt|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$/u;

function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

/**
 * Splits a passage into sentences with the platform's Unicode segmenter
 * (abbreviations such as "U.S." and "E.O. 14157", decimals), with three fixes
 * it needs for copied news text: a hard line wrap does not end a sentence,
 * reference markers (`[12]`) stay with the sentence they follow, and an
 * initial or a title ("J.", "Gen.") does not end one.
 */
export function sentences(text: string, language = 'en'): Sentence[] {
  // Same length as the text, so every index found in it is an index in the text.
  const masked = text
    .replace(HARD_WRAP, (m) => ' '.repeat(m.length))
    .replace(CITATION_MARKERS, (m) => ' '.repeat(m.length));
  const found: Sentence[] = [];
  let pending: { start: number; end: number } | undefined;
  for (const { segment, index } of segmenter(language).segment(masked)) {
    const start = pending?.start ?? index;
    const end = index + segment.length;
    if (INITIAL.test(masked.slice(start, end).trimEnd()) && end < text.length) {
      pending = { start, end };
      continue;
    }
    pending = undefined;
    push(found, text, start, end);
  }
  if (pending) push(found, text, pending.start, pending.end);
  return found;
}

function push(found: Sentence[], text: string, start: number, end: number) {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed !== '') found.push({ text: trimmed, index: start + lead });
}

/** A sentence for display: reference markers dropped and hard wraps joined, nothing else changed. */
export function readableSentence(sentence: string): string {
  return sentence.replace(CITATION_MARKERS, '').replace(/\s*\n\s*/gu, ' ');
}

/**
 * The opening words of a text, for a summary or a title: whole sentences up
 * to `maxChars`, or the first one cut at a word boundary with an ellipsis.
 */
export function openingWords(text: string, maxChars = 160, language = 'en'): string {
  let words = '';
  for (const { text: s } of sentences(text, language)) {
    const next = words === '' ? readableSentence(s) : `${words} ${readableSentence(s)}`;
    if (next.length > maxChars) break;
    words = next;
  }
  if (words !== '') return words;
  const first = readableSentence(sentences(text, language)[0]?.text ?? text);
  const cut = first.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${space > maxChars / 3 ? cut.slice(0, space) : cut}…`;
}

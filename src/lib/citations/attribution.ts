import type { Quotation } from './quotations';

/**
 * Words a source says in its own voice may be quoted only as the source's
 * words: the sentence that quotes them must name the document as the speaker.
 * These are the cues that do, outside the quotation itself.
 */
export const DOCUMENT_CUES: readonly RegExp[] = [
  // "the article says", "the article's words", "a caption line reads", "the post says"
  /\b(?:article|document|report|post|caption|passage|paragraph|sentence|headline|source)(?:['’]s)?\b/iu,
  // "it says", "it calls", where "it" is the document named before
  /\bit (?:says|said|states|stated|calls|called|describes|described|adds|added|reads|writes|wrote|reports|reported|opens|notes|puts it)\b/iu,
];

export const DOCUMENT_CUE_LIST =
  '“the article says/states/calls/describes/adds”, “in the article’s words”, “the article quotes”, “a caption line reads”, “the post says”, “it says”';

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentence of `prose` holding `quotation`, with every quotation's words
 * blanked out, so a full stop inside a quotation does not end the sentence
 * and words inside one are never taken for a cue.
 */
export function sentenceAround(
  prose: string,
  quotations: readonly Quotation[],
  quotation: Quotation,
): string {
  let masked = prose;
  for (const q of quotations) {
    const end = q.start + 1 + q.text.length;
    masked = `${masked.slice(0, q.start + 1)}${'x'.repeat(q.text.length)}${masked.slice(end)}`;
  }
  for (const { segment, index } of sentences.segment(masked)) {
    if (index <= quotation.start && quotation.start < index + segment.length) return segment;
  }
  return masked;
}

/** True when the sentence holding `quotation` names the document as the one speaking. */
export function namesDocument(
  prose: string,
  quotations: readonly Quotation[],
  quotation: Quotation,
): boolean {
  const sentence = sentenceAround(prose, quotations, quotation);
  return DOCUMENT_CUES.some((cue) => cue.test(sentence));
}

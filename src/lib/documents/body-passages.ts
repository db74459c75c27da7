import type { PassageKind } from './classify-passage';

/** Kinds that are the article's own words, as opposed to its headings and page furniture. */
const BODY_KINDS: ReadonlySet<PassageKind> = new Set(['paragraph', 'quote', 'embed', 'caption']);

/**
 * The first passage that is the article's text, for anything that speaks for
 * the document as a whole (a derived title, its opening words): never a
 * byline, a timestamp, a kicker or a heading. Prefers a paragraph, so a
 * photo caption at the top is not taken for the article's first words.
 */
export function firstBodyPassage<P extends { kind: PassageKind }>(passages: readonly P[]): P | undefined {
  return (
    passages.find((p) => p.kind === 'paragraph') ??
    passages.find((p) => BODY_KINDS.has(p.kind)) ??
    passages[0]
  );
}

/** Whether a passage is part of the article's text, and so can carry a date of the story. */
export function isBodyPassage(passage: { kind: PassageKind }): boolean {
  return passage.kind !== 'furniture';
}

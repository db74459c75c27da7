import type { ContentProblem } from '../content/content-problem';

/** A passage that states a pending state in the present tense: true only as of the day it was written. */
export const PRESENT_PENDING =
  /\b(?:is|are)\s+(?:still\s+)?(?:considering|preparing|weighing|planning|under consideration)\b|\bno decision has been made\b/iu;
/** The same state, told in the site's own words. */
const TOLD_PENDING = /\b(?:considering|preparing|weighing|under consideration|no decision has been made)\b/iu;

const LONG = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const BRITISH = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** The ways the site writes a day: "April 15, 2025", "15 April 2025", "2025-04-15". */
export function writtenDays(iso: string): string[] {
  const day = new Date(`${iso}T00:00:00Z`);
  return [LONG.format(day), BRITISH.format(day), iso];
}

/**
 * Text that passes on a present-tense pending state ("is considering") from a
 * passage must say "as of" the source's date, or a reader takes it for the
 * state today.
 */
export function pendingProblems(
  text: string,
  passages: readonly { ref: string; text: string; date?: string }[],
  where: { file: string; line: number },
): ContentProblem[] {
  if (!TOLD_PENDING.test(text)) return [];
  const source = passages.find((p) => p.date && PRESENT_PENDING.test(p.text));
  if (!source?.date) return [];
  const days = writtenDays(source.date);
  const dated = days.some((d) =>
    new RegExp(`\\bas of\\b[^.;]{0,60}?${d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu').test(text),
  );
  if (dated) return [];
  return [
    {
      ...where,
      message: `“${text.match(TOLD_PENDING)?.[0]}” is a state ${source.ref} reports in the present tense, and the text does not say as of when`,
      fix: `write “as of ${days[0]}” (the source’s date) with it, for example “as of ${days[0]}, the article’s date, …”.`,
    },
  ];
}

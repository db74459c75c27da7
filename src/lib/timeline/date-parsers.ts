import type { Parser } from 'chrono-node';

/**
 * What chrono leaves alone because a lone number is ambiguous, but news copy
 * and encyclopedias write all the time: a year after a preposition, a year
 * range, a decade, an infobox's "Founded1987". Each names years, never a day.
 */

const YEAR = '((?:1[89]|20)\\d{2})';
// Not part of a longer number or a range ("2006–2019" is read whole, below).
const NOT_MORE = '(?![-–—/.,]?\\d)';

const yearsParser = (pattern: RegExp, years: (m: RegExpMatchArray) => [number, number?]): Parser => ({
  pattern: () => pattern,
  extract: (context, match) => {
    const [from, to] = years(match);
    return context.createParsingResult(
      match.index ?? 0,
      match[0],
      { year: from },
      to === undefined ? undefined : { year: to },
    );
  },
});

/** "the 1990s": the ten years; "the late 1980s" the second half, "the early 2000s" the first. */
function decade(part: string | undefined, start: number): [number, number] {
  const p = (part ?? '').toLowerCase();
  if (p === 'early' || p === 'principios') return [start, start + 4];
  if (p === 'mid' || p === 'mediados') return [start + 3, start + 7];
  if (p === 'late' || p === 'finales') return [start + 5, start + 9];
  return [start, start + 9];
}

export const englishParsers: Parser[] = [
  yearsParser(
    new RegExp(
      `\\b(?:in|since|by|during|until|before|after|through|from|as of)\\s+${YEAR}\\b${NOT_MORE}`,
      'i',
    ),
    (m) => [Number(m[1])],
  ),
  yearsParser(new RegExp(`\\b${YEAR}\\s*[–—-]\\s*${YEAR}\\b`), (m) => [Number(m[1]), Number(m[2])]),
  // Infobox labels run into their values: "Founded1987", "Founded 1987".
  yearsParser(new RegExp(`\\b[Ff]ounded\\s*${YEAR}\\b${NOT_MORE}`), (m) => [Number(m[1])]),
  yearsParser(/\bthe\s+(?:(early|mid|late)[\s-]+)?((?:1[89]|20)\d0)s\b/i, (m) => decade(m[1], Number(m[2]))),
];

export const spanishParsers: Parser[] = [
  yearsParser(
    new RegExp(`\\b(?:en|desde|hasta|durante|antes de|después de|a partir de)\\s+${YEAR}\\b${NOT_MORE}`, 'i'),
    (m) => [Number(m[1])],
  ),
  yearsParser(new RegExp(`\\b${YEAR}\\s*[–—-]\\s*${YEAR}\\b`), (m) => [Number(m[1]), Number(m[2])]),
  yearsParser(
    /\bla\s+(?:(principios|mediados|finales)\s+de\s+la\s+)?década\s+de\s+((?:1[89]|20)\d0)\b/i,
    (m) => decade(m[1], Number(m[2])),
  ),
  // chrono's Spanish reads "el mes pasado" but not the year before.
  {
    pattern: () => /\bel\s+año\s+pasado\b/i,
    extract: (context) => ({ year: context.refDate.getFullYear() - 1 }),
  },
];

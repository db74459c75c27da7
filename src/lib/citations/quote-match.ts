import { findQuotations, findVerbatim, normalizeForQuote, wholeWordOffsets } from './quotations';

/**
 * A quotation with an editor's cuts: an ellipsis (… or ...) stands for words
 * left out, square brackets for words the editor put in. Every fragment
 * between them must be in the one passage, word for word and in order.
 */
export type QuoteMatch =
  | { ok: true; spans: { start: number; end: number }[] }
  | { ok: false; missing: string; after?: string };

/** Words in the source that one pair of editor's brackets may stand in for. */
const MAX_BRACKETED_WORDS = 5;
const CUT = /\s*(?:…|\.\.\.)\s*|\[[^\]]*\]/gu;
const HAS_CUT = /…|\.\.\.|\[[^\]]*\]/u;

export function splitFragments(words: string): { fragments: string[]; ellipsisBefore: boolean[] } {
  const fragments: string[] = [];
  const ellipsisBefore: boolean[] = [];
  let last = 0;
  let ellipsis = false;
  const flush = (end: number) => {
    const piece = words.slice(last, end).trim();
    if (piece !== '') {
      fragments.push(piece);
      ellipsisBefore.push(ellipsis);
      ellipsis = false;
    }
  };
  for (const cut of words.matchAll(CUT)) {
    flush(cut.index);
    if (!cut[0].trim().startsWith('[')) ellipsis = true;
    last = cut.index + cut[0].length;
  }
  flush(words.length);
  return { fragments, ellipsisBefore };
}

export function matchQuotation(source: string, words: string): QuoteMatch {
  const literal = findVerbatim(source, words);
  if (literal) return { ok: true, spans: [literal] };
  const { fragments, ellipsisBefore } = splitFragments(words);
  if (fragments.length === 0 || !HAS_CUT.test(words)) return { ok: false, missing: words.trim() };
  const hay = normalizeForQuote(source);
  const needles = fragments.map((f) => normalizeForQuote(f).text);
  let deepest = 0;
  const search = (i: number, from: number): number[] | undefined => {
    deepest = Math.max(deepest, i);
    if (i === needles.length) return [];
    const needle = needles[i] ?? '';
    for (const at of wholeWordOffsets(hay.text, needle, from)) {
      const between = hay.text.slice(from, at).match(/\S+/g)?.length ?? 0;
      if (i > 0 && !ellipsisBefore[i] && between > MAX_BRACKETED_WORDS) break;
      const rest = search(i + 1, at + needle.length);
      if (rest) return [at, ...rest];
    }
    return undefined;
  };
  const offsets = search(0, 0);
  if (!offsets) {
    const missing = fragments[Math.min(deepest, fragments.length - 1)] ?? words;
    const after = deepest > 0 ? fragments[deepest - 1] : undefined;
    return after === undefined ? { ok: false, missing } : { ok: false, missing, after };
  }
  return {
    ok: true,
    spans: offsets.map((at, i) => {
      const start = hay.origin[at] ?? 0;
      return { start, end: (hay.origin[at + (needles[i]?.length ?? 1) - 1] ?? start) + 1 };
    }),
  };
}

/** True when every matched span lies inside quotation marks in the source. */
export function insideSourceQuotes(
  source: string,
  spans: readonly { start: number; end: number }[],
): boolean {
  const quoted = findQuotations(source).quotations.map((q) => ({
    start: q.start + 1,
    end: q.start + 1 + q.text.length,
  }));
  return spans.every((s) => quoted.some((q) => q.start <= s.start && s.end <= q.end));
}

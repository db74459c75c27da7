/**
 * Direct quotations in an author's prose, and the one comparison used to check
 * them against a source: word for word, where only curly versus straight
 * quotation marks and runs of white space may differ.
 */

export interface Quotation {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Offset of the opening mark in the prose. */
  start: number;
}

export interface QuotationScan {
  quotations: Quotation[];
  /** Offset of a double quotation mark that is never closed or never opened, if any. */
  unbalancedAt?: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const OPENS_SINGLE = /[\s([{\u2014\u2013"“-]/u;

/**
 * Finds text in double quotation marks (“…” or "…"), and in single ones (‘…’ or
 * '…') where the marks stand at word edges, so apostrophes (it’s, workers')
 * are not mistaken for quotations. Single quotes inside double ones belong to
 * the outer quotation.
 */
export function findQuotations(prose: string): QuotationScan {
  const quotations: Quotation[] = [];
  let double: number | undefined;
  let single: number | undefined;
  for (let i = 0; i < prose.length; i++) {
    const ch = prose[i] ?? '';
    const before = prose[i - 1];
    const after = prose[i + 1];
    if (ch === '“' || (ch === '"' && double === undefined)) {
      if (double !== undefined) return { quotations, unbalancedAt: double };
      double = i;
      single = undefined;
    } else if (ch === '”' || ch === '"') {
      if (double === undefined) return { quotations, unbalancedAt: i };
      push(quotations, prose, double, i);
      double = undefined;
    } else if (double === undefined && (ch === '‘' || ch === "'" || ch === '’')) {
      const atStart = before === undefined || OPENS_SINGLE.test(before);
      const atEnd = after === undefined || !LETTER.test(after);
      if (single === undefined && ch !== '’' && atStart && after !== undefined && /\S/.test(after))
        single = i;
      else if (single !== undefined && ch !== '‘' && atEnd && before !== undefined && /\S/.test(before)) {
        push(quotations, prose, single, i);
        single = undefined;
      }
    }
  }
  return double === undefined ? { quotations } : { quotations, unbalancedAt: double };
}

function push(into: Quotation[], prose: string, open: number, close: number): void {
  const text = prose.slice(open + 1, close);
  if (text.trim() !== '') into.push({ text, start: open });
}

const QUOTE_MARKS: Record<string, string> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
};

/**
 * The form in which quotations are compared: quotation marks straightened and
 * every run of white space made one space. Nothing else (case, dashes, spelling)
 * is touched. `origin[i]` is where character `i` came from in the input.
 */
export function normalizeForQuote(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (/\s/u.test(ch)) {
      if (!inSpace && out !== '') {
        out += ' ';
        origin.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    out += QUOTE_MARKS[ch] ?? ch;
    origin.push(i);
  }
  if (out.endsWith(' ')) {
    out = out.slice(0, -1);
    origin.pop();
  }
  return { text: out, origin };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when a match at [at, at+length) of `hay` does not cut a word in two. */
export function atWordEdges(hay: string, at: number, length: number): boolean {
  const first = hay[at] ?? '';
  const last = hay[at + length - 1] ?? '';
  const before = hay[at - 1];
  const after = hay[at + length];
  const startOk = !WORD_CHAR.test(first) || before === undefined || !WORD_CHAR.test(before);
  const endOk = !WORD_CHAR.test(last) || after === undefined || !WORD_CHAR.test(after);
  return startOk && endOk;
}

/**
 * Every offset in normalized `hay` at or after `from` where normalized
 * `needle` occurs as whole words ("drone strike" is not in "drone strikes").
 */
export function wholeWordOffsets(hay: string, needle: string, from = 0): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = hay.indexOf(needle, from); at !== -1; at = hay.indexOf(needle, at + 1)) {
    if (atWordEdges(hay, at, needle.length)) found.push(at);
  }
  return found;
}

/**
 * Where `words` occur word for word, as whole words, in `source`, as offsets
 * into `source` (so the caller can show the source's own characters), or undefined.
 */
export function findVerbatim(source: string, words: string): { start: number; end: number } | undefined {
  const needle = normalizeForQuote(words).text;
  if (needle === '') return undefined;
  const hay = normalizeForQuote(source);
  const at = wholeWordOffsets(hay.text, needle)[0];
  if (at === undefined) return undefined;
  const start = hay.origin[at] ?? 0;
  const end = (hay.origin[at + needle.length - 1] ?? start) + 1;
  return { start, end };
}

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
 * '…') where the marks stand at word edges, so apostrophes (it’s, cartels')
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

/**
 * Where `words` occur word for word in `source`, as offsets into `source` (so
 * the caller can show the source's own characters), or undefined.
 */
export function findVerbatim(source: string, words: string): { start: number; end: number } | undefined {
  const needle = normalizeForQuote(words).text;
  if (needle === '') return undefined;
  const hay = normalizeForQuote(source);
  const at = hay.text.indexOf(needle);
  if (at === -1) return undefined;
  const start = hay.origin[at] ?? 0;
  const end = (hay.origin[at + needle.length - 1] ?? start) + 1;
  return { start, end };
}

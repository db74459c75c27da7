import type { ContentProblem } from '../content/content-problem';
import { DOCUMENT_CUE_LIST, namesDocument } from './attribution';
import { findQuotations } from './quotations';
import { insideSourceQuotes, matchQuotation, type QuoteMatch } from './quote-match';

/** Resolves a citation ref to its passage text, kind and document date, or explains why it cannot. */
export type PassageLookup = (
  ref: string,
) => { ok: true; text: string; kind?: string; date?: string } | { ok: false; message: string };

const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export const VERBATIM_FIX =
  'copy the words exactly as the passage has them, whole words only (only curly and straight quotation marks and spacing may differ); mark words left out with … and words you add with [brackets]; or cite the passage they come from, or paraphrase without quotation marks.';

/** Words a reader may take for a quotation: inside quotation marks in the source, or a post embedded in it. */
export function isQuotedInSource(passage: { text: string; kind?: string }, match: QuoteMatch): boolean {
  return match.ok && (passage.kind === 'embed' || insideSourceQuotes(passage.text, match.spans));
}

/**
 * Every direct quotation in `prose` must be word for word in one of the
 * passages `refs` cites, and words the passage says in its own voice must be
 * introduced as the document's words. Refs that do not resolve are reported elsewhere.
 */
export function quotationProblems(
  prose: string,
  refs: readonly string[],
  lookup: PassageLookup,
  where: { file: string; line: number },
): ContentProblem[] {
  const { quotations, unbalancedAt } = findQuotations(prose);
  const problems: ContentProblem[] = [];
  if (unbalancedAt !== undefined) {
    problems.push({
      ...where,
      message: `a double quotation mark is opened or closed without its pair, near “${short(prose.slice(unbalancedAt), 40)}”`,
      fix: 'close every quotation; a quotation mark that is part of the text cannot be told apart from a quotation.',
    });
  }
  const passages = refs.flatMap((ref) => {
    const found = lookup(ref);
    return found.ok ? [{ ref, text: found.text, kind: found.kind }] : [];
  });
  for (const q of quotations) {
    if (refs.length === 0) {
      problems.push({
        ...where,
        message: `the quotation “${short(q.text)}” has no citation to check it against`,
        fix: 'cite the passage it comes from in the same paragraph, or remove the quotation marks if it is not a quotation.',
      });
      continue;
    }
    if (passages.length === 0) continue;
    const tried = passages.map((p) => ({ ...p, match: matchQuotation(p.text, q.text) }));
    const found = tried.filter((t) => t.match.ok);
    if (found.length === 0) {
      const miss = tried[0]?.match;
      const detail =
        miss && !miss.ok && miss.missing !== q.text.trim()
          ? `: “${short(miss.missing)}” is not there${miss.after ? ` after “${short(miss.after, 30)}”` : ''}`
          : '';
      problems.push({
        ...where,
        message: `the quotation “${short(q.text)}” is not word for word in the passage it cites (${refs.join(', ')})${detail}`,
        fix: VERBATIM_FIX,
      });
    } else if (!found.some((t) => isQuotedInSource(t, t.match)) && !namesDocument(prose, quotations, q)) {
      problems.push({
        ...where,
        message: `the quotation “${short(q.text)}” is the document’s own narration in ${found[0]?.ref} (the passage does not put these words in quotation marks), but the sentence does not say the document is speaking`,
        fix: `introduce the words as the document’s (${DOCUMENT_CUE_LIST}), or paraphrase without quotation marks: only words the passage puts in quotation marks, or a post it embeds, may be quoted as a person’s.`,
      });
    }
  }
  return problems;
}

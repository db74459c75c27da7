import type { ContentProblem } from '../content/content-problem';
import { findQuotations, findVerbatim } from './quotations';

/** Resolves a citation ref to its passage text, or explains why it cannot. */
export type PassageLookup = (ref: string) => { ok: true; text: string } | { ok: false; message: string };

const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Every direct quotation in `prose` must be word for word in one of the
 * passages `refs` cites. Refs that do not resolve are reported elsewhere.
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
    return found.ok ? [found.text] : [];
  });
  for (const q of quotations) {
    if (refs.length === 0) {
      problems.push({
        ...where,
        message: `the quotation “${short(q.text)}” has no citation to check it against`,
        fix: 'cite the passage it comes from in the same paragraph, or remove the quotation marks if it is not a quotation.',
      });
    } else if (passages.length > 0 && !passages.some((text) => findVerbatim(text, q.text))) {
      problems.push({
        ...where,
        message: `the quotation “${short(q.text)}” is not word for word in the passage it cites (${refs.join(', ')})`,
        fix: 'copy the words exactly as the passage has them (only curly and straight quotation marks and spacing may differ), cite the passage they come from, or paraphrase without quotation marks.',
      });
    }
  }
  return problems;
}

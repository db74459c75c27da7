import { isQuotedInSource } from '../citations/check-quotations';
import { findVerbatim } from '../citations/quotations';
import { matchQuotation } from '../citations/quote-match';
import type { ChapterCheckContext } from './check-chapter';

interface Problem {
  message: string;
  fix: string;
}

/**
 * A `<Quote>` shows a passage, or some words of it, as a quotation: the words
 * must be in the passage, and words given to a person (`by`) must be words the
 * passage puts in quotation marks, a quote passage, or a post it embeds.
 */
export function quoteProblems(
  from: string,
  words: string | undefined,
  hasBy: boolean,
  ctx: Pick<ChapterCheckContext, 'lookup' | 'kindOf'>,
): Problem[] {
  const passage = ctx.lookup(from);
  if (!passage.ok) return [];
  const kind = ctx.kindOf(from);
  const problems: Problem[] = [];
  if (words !== undefined && !findVerbatim(passage.text, words)) {
    return [
      {
        message: `<Quote words="${words}"> is not word for word in ${from}`,
        fix: 'copy the words exactly from the passage, whole words only, or leave out words= to quote the whole passage.',
      },
    ];
  }
  const quoted =
    words === undefined
      ? kind === 'quote' || kind === 'embed'
      : isQuotedInSource({ text: passage.text, kind }, matchQuotation(passage.text, words));
  if (hasBy && !quoted) {
    problems.push({
      message: `<Quote from="${from}"${words ? ` words="${words}"` : ''} by> gives a person words the document says in its own voice, not inside quotation marks`,
      fix: 'quote only words the passage puts in quotation marks (or a post it embeds) with by=, or leave out by= so the words are shown as the document’s.',
    });
  }
  if (!hasBy && (kind === 'quote' || (words !== undefined && quoted && kind !== 'embed'))) {
    problems.push({
      message: `<Quote from="${from}"> quotes someone but does not say who`,
      fix: 'add by="entity-id" (and to="outlet-id" when the source says to whom they spoke).',
    });
  }
  return problems;
}

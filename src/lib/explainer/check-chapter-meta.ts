import { checkProse } from '../citations/check-prose';
import type { PassageLookup } from '../citations/check-quotations';
import type { ContentProblem } from '../content/content-problem';
import type { ChapterData } from './chapter-schema';

export interface MetaCheckContext {
  file: string;
  lookup: PassageLookup;
  /** The line of the frontmatter where `text` is written (1 when not found). */
  lineOf: (text: string) => number;
}

/**
 * Frontmatter is prose too: key points cite their passages and quote them word
 * for word, and a quotation in the title or summary must come from a passage
 * the chapter cites.
 */
export function checkChapterMeta(
  data: Pick<ChapterData, 'title' | 'summary' | 'keyPoints'>,
  bodyRefs: readonly string[],
  ctx: MetaCheckContext,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const allRefs = [...bodyRefs];
  for (const point of data.keyPoints) {
    const line = ctx.lineOf(point.text);
    for (const ref of point.cite) {
      const found = ctx.lookup(ref);
      if (!found.ok) {
        problems.push({
          file: ctx.file,
          line: ctx.lineOf(ref),
          message: `key point: ${found.message}`,
          fix: 'use a passage id shown on the source page (each ¶ link) or in data/documents.json.',
        });
      }
      if (!allRefs.includes(ref)) allRefs.push(ref);
    }
    problems.push(
      ...checkProse({ text: point.text, citations: point.cite, file: ctx.file, line }, ctx.lookup),
    );
  }
  for (const text of [data.title, data.summary]) {
    problems.push(
      ...checkProse({ text, citations: allRefs, file: ctx.file, line: ctx.lineOf(text) }, ctx.lookup),
    );
  }
  return problems;
}

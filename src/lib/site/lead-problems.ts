import { checkProse } from '../citations/check-prose';
import type { PassageLookup } from '../citations/check-quotations';
import { writtenDays } from '../citations/pending-as-of';
import type { ContentProblem } from '../content/content-problem';
import { readYamlSource } from '../content/yaml-source';

/** A lead is read in the time a reader gives a home page: about thirty seconds. */
export const LEAD_MAX_WORDS = 60;
/** A headline is read at a glance. */
export const HEADLINE_MAX_WORDS = 14;

export interface Lead {
  headline?: string;
  text: string;
  cite: readonly string[];
  asOf: string;
}

export const leadWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * The checks of the site's lead (`lead:` in `content/site.yaml`), the first
 * thing on the home page and in its share card: every citation resolves, the
 * text is checked like any claim (quotations word for word and attributed, a
 * pending state dated), it is at most 60 words, and it holds as of a day no
 * earlier than the newest source it cites. It is read shown after its date
 * ("As of April 15, 2025"), so a pending state dated by `asOf` passes. Its
 * headline, if any, is checked the same way against the same passages.
 */
export function leadProblems(
  lead: Lead,
  source: string,
  file: string,
  lookup: PassageLookup,
): ContentProblem[] {
  const { lineOf } = readYamlSource(source);
  const line = lineOf(['lead', 'text']);
  const problems: ContentProblem[] = [];
  const dates: string[] = [];
  lead.cite.forEach((ref, i) => {
    const found = lookup(ref);
    if (found.ok) {
      if (found.date) dates.push(found.date);
      return;
    }
    problems.push({
      file,
      line: lineOf(['lead', 'cite', i]),
      message: `lead: ${found.message}`,
      fix: 'cite a passage as "document-slug#passage-id"; every passage id is on its source page (the ¶ links) and in data/documents.json.',
    });
  });
  const words = leadWords(lead.text);
  if (words > LEAD_MAX_WORDS) {
    problems.push({
      file,
      line,
      message: `the lead has ${words} words, more than ${LEAD_MAX_WORDS}`,
      fix: `say what happened, who says so and when in at most ${LEAD_MAX_WORDS} words; the chapters hold the rest.`,
    });
  }
  const newest = dates.sort().at(-1);
  if (newest && lead.asOf < newest) {
    problems.push({
      file,
      line: lineOf(['lead', 'asOf']),
      message: `the lead is "as of" ${lead.asOf}, before the newest source it cites (${newest})`,
      fix: `set asOf to the day the lead was last checked against its sources: ${newest} or later.`,
    });
  }
  const asOf = (text: string) => `As of ${writtenDays(lead.asOf)[0]}, ${text}`;
  problems.push(...checkProse({ text: asOf(lead.text), citations: lead.cite, file, line }, lookup));
  if (lead.headline !== undefined) {
    const at = lineOf(['lead', 'headline']);
    const length = leadWords(lead.headline);
    if (length > HEADLINE_MAX_WORDS) {
      problems.push({
        file,
        line: at,
        message: `the lead's headline has ${length} words, more than ${HEADLINE_MAX_WORDS}`,
        fix: `say what happened in at most ${HEADLINE_MAX_WORDS} words; the lead under it says who says so.`,
      });
    }
    problems.push(...checkProse({ text: asOf(lead.headline), citations: lead.cite, file, line: at }, lookup));
  }
  return problems;
}

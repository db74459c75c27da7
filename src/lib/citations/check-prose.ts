import type { ContentProblem } from '../content/content-problem';
import { type PassageLookup, quotationProblems } from './check-quotations';
import { pendingProblems } from './pending-as-of';

/** Any text the site says in its own voice, with the passages it rests on and where it is written. */
export interface SiteProse {
  text: string;
  citations: readonly string[];
  file: string;
  line: number;
}

/**
 * The checks every text in the site's voice gets, wherever it is written
 * (chapters, entities, events, the site's name, tagline and description, share
 * cards): quotations word for word and correctly attributed, and pending states
 * dated. Citations that do not resolve are reported by the caller.
 */
export function checkProse(prose: SiteProse, lookup: PassageLookup): ContentProblem[] {
  const where = { file: prose.file, line: prose.line };
  const passages = prose.citations.flatMap((ref) => {
    const found = lookup(ref);
    return found.ok ? [{ ref, text: found.text, date: found.date }] : [];
  });
  return [
    ...quotationProblems(prose.text, prose.citations, lookup, where),
    ...pendingProblems(prose.text, passages, where),
  ];
}

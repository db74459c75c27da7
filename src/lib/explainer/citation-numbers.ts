import type { ResolvedCitation } from '../citations/citation-ref';

export interface NumberedCitation {
  number: number;
  citation: ResolvedCitation;
}

/**
 * Numbers the passages a page cites, in order of first citation. Citing the
 * same passage again (by its id or an old alias) reuses its number, as in a
 * reference list. Refs that do not resolve are left out; the checks report them.
 */
export function numberCitations(
  refs: Iterable<string>,
  resolve: (ref: string) => { ok: true; citation: ResolvedCitation } | { ok: false },
): { list: NumberedCitation[]; byRef: Map<string, NumberedCitation> } {
  const list: NumberedCitation[] = [];
  const byRef = new Map<string, NumberedCitation>();
  const byPassage = new Map<string, NumberedCitation>();
  for (const ref of refs) {
    if (byRef.has(ref)) continue;
    const found = resolve(ref);
    if (!found.ok) continue;
    const key = `${found.citation.document}#${found.citation.passageId}`;
    let entry = byPassage.get(key);
    if (!entry) {
      entry = { number: list.length + 1, citation: found.citation };
      list.push(entry);
      byPassage.set(key, entry);
    }
    byRef.set(ref, entry);
  }
  return { list, byRef };
}

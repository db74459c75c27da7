import { checkProse } from '../citations/check-prose';
import type { PassageLookup } from '../citations/check-quotations';
import type { ContentProblem } from '../content/content-problem';
import type { EntityData } from './entity-schema';

/**
 * An entity's description is held to the chapters' rules: its citations must
 * resolve, and any quotation in it must be word for word in a cited passage.
 */
export function checkEntity(entity: EntityData, lookup: PassageLookup): ContentProblem[] {
  const problems: ContentProblem[] = [];
  entity.citations.forEach((ref, i) => {
    const found = lookup(ref);
    if (!found.ok) {
      problems.push({
        file: entity.file,
        line: entity.lines.citations[i] ?? entity.lines.description,
        message: found.message,
        fix: 'use a passage id shown on the source page (each ¶ link) or in data/documents.json.',
      });
    }
  });
  problems.push(
    ...checkProse(
      {
        text: entity.description,
        citations: entity.citations,
        file: entity.file,
        line: entity.lines.description,
      },
      lookup,
    ),
  );
  return problems;
}

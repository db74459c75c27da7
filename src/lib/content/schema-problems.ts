import type { z } from 'astro/zod';
import type { ContentProblem } from './content-problem';

type Path = readonly (string | number)[];

/**
 * Every issue zod found in an editor's YAML file, each at the line of the key
 * it is about (an unknown key at its own line), so one build lists them all.
 */
export function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  where: { file: string; lineOf: (path: Path) => number; noun: string; fix: string },
): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file: where.file,
        line: where.lineOf([...path, key]),
        message: `unknown ${where.noun} field "${[...path, key].join('.')}"`,
        fix: where.fix,
      }));
    }
    return [
      {
        file: where.file,
        line: path.length > 0 ? where.lineOf(path) : 1,
        message: `${where.noun} field "${path.join('.') || '(the whole file)'}": ${issue.message}`,
        fix: where.fix,
      },
    ];
  });
}

/** A mistake in a chapter or entity file: where it is, what is wrong, and how to fix it. */
export interface ContentProblem {
  file: string;
  line: number;
  message: string;
  fix: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}: ${p.message}\n  Fix: ${p.fix}`;
}

/**
 * Stops the build with every problem found at once, so an editor can fix them
 * all in one pass instead of one per build.
 */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    super(`The explainer has ${count}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** The 1-based line of character `offset` in `source`. */
export function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

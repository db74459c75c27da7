/**
 * A mistake in an editor's file: where it is, what is wrong, and how to fix it.
 * Errors stop the build; warnings are printed in its summary and do not.
 */
export interface ContentProblem {
  file: string;
  line: number;
  message: string;
  fix: string;
  severity?: 'error' | 'warning';
}

export const isError = (p: ContentProblem): boolean => p.severity !== 'warning';

export function formatProblem(p: ContentProblem): string {
  const label = isError(p) ? '' : 'warning: ';
  return `${p.file}:${p.line}: ${label}${p.message}\n  Fix: ${p.fix}`;
}

/** Problems in the order an editor reads them: by file, then by line. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/**
 * Stops the build with every problem found at once, so an editor can fix them
 * all in one pass instead of one per build.
 */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const sorted = sortProblems(problems);
    const count = sorted.length === 1 ? 'a problem' : `${sorted.length} problems`;
    super(`The content has ${count}:\n${sorted.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = sorted;
  }

  /**
   * Astro adds a hint about browser APIs to any error whose text mentions
   * "document" or "window", which our file names do; its check reads this.
   */
  override toString(): string {
    return `${this.name}: ${this.problems.length} content problem(s)`;
  }
}

/** One problem as a thrown error, for a parser that cannot go on with the file. */
export function contentError(file: string, line: number, message: string, fix: string): ContentError {
  return new ContentError([{ file, line, message, fix }]);
}

/** The problems an error carries: a content error's own, or none (anything else is a bug, rethrown). */
export function problemsOf(error: unknown): readonly ContentProblem[] {
  if (error instanceof ContentError) return error.problems;
  throw error;
}

/** The 1-based line of character `offset` in `source`. */
export function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

import type { ContentProblem } from '../content/content-problem';

export interface OrderedChapter {
  id: string;
  file: string;
  order: number;
}

/** Chapters in reading order, and a problem for every two that claim the same place. */
export function orderChapters<T extends OrderedChapter>(
  chapters: readonly T[],
): {
  chapters: T[];
  problems: ContentProblem[];
} {
  const sorted = [...chapters].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const problems: ContentProblem[] = [];
  sorted.forEach((chapter, i) => {
    const before = sorted[i - 1];
    if (before && before.order === chapter.order) {
      problems.push({
        file: chapter.file,
        line: 1,
        message: `chapter "${chapter.id}" has order ${chapter.order}, the same as ${before.file}`,
        fix: 'give every chapter its own order number; chapters are read from the lowest up.',
      });
    }
  });
  return { chapters: sorted, problems };
}

/** The chapters before and after `id` in reading order. */
export function neighbours<T extends { id: string }>(
  ordered: readonly T[],
  id: string,
): { previous?: T; next?: T } {
  const i = ordered.findIndex((c) => c.id === id);
  return i === -1 ? {} : { previous: ordered[i - 1], next: ordered[i + 1] };
}

import type { ContentProblem } from './content-problem';

/**
 * What each collection's loader found, kept for the one check that runs after
 * them all. Astro runs the loaders side by side and keeps only the first error
 * thrown, so loaders record their problems here instead of throwing, and the
 * final check throws once with every problem. It lives on `globalThis` because
 * Astro may load the content config more than once in a process.
 */
interface Registry {
  problems: Map<string, readonly ContentProblem[]>;
  data: Map<string, readonly unknown[]>;
  waiting: Map<string, ((data: readonly unknown[]) => void)[]>;
}

const KEY = Symbol.for('explainer.content-registry');
const shared = globalThis as Record<symbol, Registry>;
shared[KEY] ??= { problems: new Map(), data: new Map(), waiting: new Map() };
const registry = shared[KEY];

/** Replaces what `source` (a collection, or a check) found last time. */
export function recordProblems(source: string, problems: readonly ContentProblem[]): void {
  registry.problems.set(source, problems);
}

export function recordedProblems(): ContentProblem[] {
  return [...registry.problems.values()].flat();
}

/** A collection's entries, once its loader has stored them, for checks across collections. */
export function publish(collection: string, data: readonly unknown[]): void {
  registry.data.set(collection, data);
  for (const resolve of registry.waiting.get(collection) ?? []) resolve(data);
  registry.waiting.delete(collection);
}

/** The entries a loader last published: at once if it has, else when it does. */
export function published<T>(collection: string): Promise<readonly T[]> {
  const data = registry.data.get(collection);
  if (data) return Promise.resolve(data as readonly T[]);
  return new Promise((resolve) => {
    const list = registry.waiting.get(collection) ?? [];
    list.push(resolve as (data: readonly unknown[]) => void);
    registry.waiting.set(collection, list);
  });
}

import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import GithubSlugger from 'github-slugger';
import { checkCorpus } from './check-corpus';
import type { ContentProblem } from './content-problem';
import { recordProblems } from './problem-registry';

type GlobOptions = Parameters<typeof glob>[0];

/**
 * Chapters are MDX, which Astro's own `glob` loader compiles and renders; this
 * keeps it, adds what the folder loader does for the other collections (a
 * missing folder is no chapters, two files with one id are a problem naming
 * both), and once the chapters are stored runs the checks that need every
 * collection (they wait for the other loaders), so all problems come at once.
 */
export function chaptersLoader(options: GlobOptions & { base: string }): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: async (context) => {
      await inner.load(context);
      const root = context.config.root.pathname;
      const dir = resolve(root, options.base);
      const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /\.mdx$/i.test(n));
      recordProblems(
        'explainer',
        duplicateIds(names.sort(), (n) => relative(root, join(dir, n))),
      );
      await checkCorpus(context);
    },
  };
}

/** Files whose ids (glob's: the name's slug) are the same; glob itself only warns and keeps one. */
function duplicateIds(names: readonly string[], file: (name: string) => string): ContentProblem[] {
  const owners = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const name of names) {
    const id = new GithubSlugger().slug(name.replace(/\.mdx$/i, ''));
    const other = owners.get(id);
    if (other) {
      problems.push({
        file: file(name),
        line: 1,
        message: `the id "${id}" is already that of ${file(other)}`,
        fix: 'rename one of the two chapter files; a chapter’s id is its file name in lower case with dashes.',
      });
    } else owners.set(id, name);
  }
  return problems;
}

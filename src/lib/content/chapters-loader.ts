import { glob, type Loader } from 'astro/loaders';
import { checkCorpus } from './check-corpus';

/**
 * Chapters are MDX, which Astro's own `glob` loader compiles and renders; this
 * keeps it and, once the chapters are stored, runs the checks that need every
 * collection (they wait for the other loaders), so all problems come at once.
 */
export function chaptersLoader(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: async (context) => {
      await inner.load(context);
      await checkCorpus(context);
    },
  };
}

import type { AstroIntegration } from 'astro';
import { formatProblem, isError, sortProblems } from '../lib/content/content-problem';
import { recordedProblems } from '../lib/content/problem-registry';

/**
 * Repeats the content's warnings at the end of the build, where an editor
 * reads the summary: they were printed when the content was read, hundreds of
 * lines earlier, and do not stop the build.
 */
export function contentWarnings(): AstroIntegration {
  return {
    name: 'content-warnings',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const warnings = sortProblems(recordedProblems().filter((p) => !isError(p)));
        if (warnings.length === 0) return;
        logger.warn(`${warnings.length} content warning(s):\n${warnings.map(formatProblem).join('\n')}`);
      },
    },
  };
}

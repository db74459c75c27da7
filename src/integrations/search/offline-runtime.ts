import { type BuildOptions, build } from 'esbuild';
import { OFFLINE_RUNTIME_GLOBAL } from '../../lib/search/bundle-files';
import { classicScript } from '../client-scripts';

const options: BuildOptions = {
  ...classicScript,
  write: false,
  // The offline runtime is told its paths; it never derives them from its own URL.
  define: { 'import.meta.url': 'undefined' },
};

async function bundle(extra: BuildOptions): Promise<string> {
  const result = await build({ ...options, ...extra });
  return result.outputFiles?.[0]?.text ?? '';
}

/**
 * Pagefind's runtime as a classic script for pages opened from disk, where
 * browsers refuse ES modules and fetch(): the module becomes an IIFE that sets
 * a global, and every `fetch` in it goes to `offlineFetchModule` instead.
 */
export function offlineRuntime(pagefindJs: string, offlineFetchModule: string): Promise<string> {
  return bundle({
    stdin: {
      contents: `import * as pagefind from 'pagefind-runtime'; window.${OFFLINE_RUNTIME_GLOBAL} = pagefind;`,
      loader: 'js',
    },
    inject: [offlineFetchModule],
    plugins: [
      {
        name: 'pagefind-runtime',
        setup(b) {
          b.onResolve({ filter: /^pagefind-runtime$/ }, () => ({
            path: 'pagefind.js',
            namespace: 'pagefind',
          }));
          b.onLoad({ filter: /.*/, namespace: 'pagefind' }, () => ({ contents: pagefindJs, loader: 'js' }));
        },
      },
    ],
  });
}

/** Pagefind's highlight module as a classic script; it sets `window.PagefindHighlight` itself. */
export function offlineHighlight(highlightJs: string): Promise<string> {
  return bundle({ stdin: { contents: highlightJs, loader: 'js' } });
}

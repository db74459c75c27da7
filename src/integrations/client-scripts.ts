import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type BuildOptions, build } from 'esbuild';
import { type ClientEntryName, clientEntries, scriptsFolderEntries } from '../scripts/entries';

/** How every script for the browser is compiled: one classic, minified file. */
export const classicScript: BuildOptions = {
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
};

/** The file an entry is compiled from (src/scripts/entries.ts), from Astro's `srcDir`. */
export function entrySource(srcDir: URL, name: ClientEntryName): string {
  return fileURLToPath(new URL(`scripts/${clientEntries[name].source}`, srcDir));
}

/**
 * Compiles each entry of src/scripts/entries.ts that lives in `scripts/` into
 * a classic script there. Classic, because browsers refuse ES modules on pages
 * opened from disk; and a separate file, so pages load it with `defer` and a
 * relative URL under a CSP. The service worker and the offline search runtime
 * are compiled by the steps that write them.
 */
export function clientScripts(): AstroIntegration {
  let srcDir = new URL('file:///');
  const options = (name: ClientEntryName): BuildOptions => ({
    ...classicScript,
    entryPoints: [entrySource(srcDir, name)],
  });
  const byOutput = new Map<string, ClientEntryName>(
    scriptsFolderEntries.map((name) => [`/${clientEntries[name].output}`, name]),
  );

  return {
    name: 'client-scripts',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        srcDir = config.srcDir;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'client-scripts-dev',
                configureServer(server) {
                  server.middlewares.use(async (req, res, next) => {
                    const name = byOutput.get(req.url?.split('?')[0] ?? '');
                    if (!name) return next();
                    const out = await build({ ...options(name), write: false });
                    res.setHeader('Content-Type', 'text/javascript');
                    res.end(out.outputFiles[0]?.text ?? '');
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const name of scriptsFolderEntries) {
          await build({ ...options(name), outfile: fileURLToPath(new URL(clientEntries[name].output, dir)) });
        }
        logger.info(`${scriptsFolderEntries.length} client scripts`);
      },
    },
  };
}

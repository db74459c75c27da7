import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type BuildOptions, build } from 'esbuild';

/** How every script for the browser is compiled: one classic, minified file. */
export const classicScript: BuildOptions = {
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
};

/**
 * Compiles each `src/scripts/NAME.ts` into a classic script at `scripts/NAME.js`.
 * Classic, because browsers refuse ES modules on pages opened from disk; and a
 * separate file, so pages load it with `defer` and a relative URL under a CSP.
 */
export function clientScripts(): AstroIntegration {
  let srcDir = '';
  const options = (entry: string): BuildOptions => ({ ...classicScript, entryPoints: [entry] });
  const entries = async () => (await readdir(srcDir)).filter((f) => /^[a-z0-9-]+\.ts$/.test(f)).sort();

  return {
    name: 'client-scripts',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        srcDir = fileURLToPath(new URL('scripts/', config.srcDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'client-scripts-dev',
                configureServer(server) {
                  server.middlewares.use(async (req, res, next) => {
                    const name = /^\/scripts\/([a-z0-9-]+)\.js$/.exec(req.url ?? '')?.[1];
                    if (!name) return next();
                    const out = await build({ ...options(`${srcDir}${name}.ts`), write: false });
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
        const outDir = fileURLToPath(new URL('scripts/', dir));
        for (const file of await entries()) {
          await build({
            ...options(`${srcDir}${file}`),
            outfile: `${outDir}${file.replace(/\.ts$/, '.js')}`,
          });
        }
        logger.info(`${(await entries()).length} client scripts`);
      },
    },
  };
}

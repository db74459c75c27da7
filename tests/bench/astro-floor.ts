import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { measureCommand } from './measure-build.ts';

/**
 * The least any Astro build of `pages` pages takes on this machine: a bare
 * project (no integration, no content collection, no search index) whose
 * pages are one line each. Whatever a site does, its build starts Astro and
 * Vite and writes its pages; this is that part alone, the floor under our
 * build and Starlight's alike. The median of three clean builds.
 */
export async function measureAstroFloor(root: string, dir: string, pages: number) {
  await mkdir(join(dir, 'src', 'pages'), { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  await writeFile(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.FLOOR_OUT_DIR, cacheDir: process.env.FLOOR_CACHE_DIR });\n`,
  );
  await writeFile(
    join(dir, 'src', 'pages', '[n].astro'),
    `---\nexport const getStaticPaths = () => Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));\nconst { n } = Astro.params;\n---\n<html lang="en"><head><title>Page {n}</title></head><body><main><h1>Page {n}</h1><p>One line.</p></main></body></html>\n`,
  );
  const seconds: number[] = [];
  for (let i = 0; i < 3; i++) {
    const out = join(dir, `build-${i}`);
    await rm(out, { recursive: true, force: true });
    const figures = await measureCommand(dir, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      FLOOR_OUT_DIR: join(out, 'dist'),
      FLOOR_CACHE_DIR: join(out, 'cache'),
    });
    if (!figures.ok) throw new Error(`the bare Astro build failed:\n${figures.output.slice(-4000)}`);
    seconds.push(figures.seconds);
  }
  seconds.sort((a, b) => a - b);
  return { pages, medianS: Number((seconds[1] as number).toFixed(2)) };
}

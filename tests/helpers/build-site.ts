import { execFile } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const astroBin = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * A fresh folder for one build, inside the project: Astro keeps its prerender
 * chunks beside the output only when that lies under the working directory, and
 * otherwise in one shared `.astro/` where builds running side by side collide.
 */
export async function buildWorkDir(): Promise<string> {
  const base = join(projectRoot, 'tests', '.tmp');
  await mkdir(base, { recursive: true });
  return mkdtemp(join(base, 'build-'));
}

export interface BuildResult {
  ok: boolean;
  outDir: string;
  output: string;
}

export interface BuildOptions {
  /** Reuse a cache folder across builds (by default each build gets a fresh one). */
  cacheDir?: string;
  /** Extra environment, such as SITE_URL. */
  env?: Record<string, string>;
}

/** The fixture site's content: two documents, a chapter, entities and events. */
export const fixtureContent = join(projectRoot, 'tests', 'fixtures', 'site', 'content');

/**
 * Builds the real project, with `contentDir` in place of `content/`, into a
 * fresh folder. The same Astro, config and pages as `npm run build`.
 */
export async function buildSite(contentDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const work = await buildWorkDir();
  const outDir = join(work, 'dist');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [astroBin, 'build'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        ...options.env,
        EXPLAINER_CONTENT_DIR: contentDir,
        EXPLAINER_OUT_DIR: outDir,
        EXPLAINER_CACHE_DIR: options.cacheDir ?? join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, outDir, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, outDir, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** `buildSite` for a hook that cannot go on without the build: a failure throws, with Astro's output. */
export async function buildOrFail(contentDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const build = await buildSite(contentDir, options);
  if (!build.ok) throw new Error(`the build of ${contentDir} failed:\n${build.output}`);
  return build;
}

import { execFile } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildWorkDir, fixtureContent, projectRoot } from '../helpers/build-site';

const SKIPPED = 'Nothing changed since the last build';

/** `npm run build`'s own script, with `content` in place of content/. */
async function npmBuild(content: string, outDir: string, cacheDir: string): Promise<string> {
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    [join(projectRoot, 'bin/build.mjs')],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        EXPLAINER_CONTENT_DIR: content,
        EXPLAINER_OUT_DIR: outDir,
        EXPLAINER_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return stdout + stderr;
}

describe('npm run build skips a build whose inputs and output are as the last build left them', () => {
  it('skips when nothing changed; builds when a document or a file of dist/ changed', async () => {
    const work = await buildWorkDir();
    const content = join(work, 'content');
    await cp(fixtureContent, content, { recursive: true });
    const outDir = join(work, 'dist');
    const cacheDir = join(work, 'cache');
    const build = () => npmBuild(content, outDir, cacheDir);

    expect(await build()).not.toContain(SKIPPED);
    expect(await build()).toContain(SKIPPED);

    const file = join(content, 'documents', 'port-inspections.txt');
    await writeFile(
      file,
      `${await readFile(file, 'utf8')}\nThe Gazette later said inspections began in June.\n`,
    );
    expect(await build()).not.toContain(SKIPPED);
    expect(await readFile(join(outDir, 'documents', 'port-inspections.html'), 'utf8')).toContain(
      'began in June',
    );

    // A hand-edited dist/ is not the last build's output: the next build makes it again.
    await writeFile(join(outDir, 'index.html'), 'edited by hand');
    expect(await build()).not.toContain(SKIPPED);
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).not.toBe('edited by hand');
  }, 300_000);
});

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildWorkDir, fixtureContent, projectRoot } from '../helpers/build-site';

/** `npm run build`'s own script, into `outDir`, with `content` in place of content/. */
async function npmBuild(content: string, outDir: string, cacheDir: string) {
  try {
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
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** Every file under `dir` with the SHA-256 of its bytes. */
async function hashes(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
  const entries = await Promise.all(
    files.map(async (d) => {
      const path = join(d.parentPath, d.name);
      return [
        path.slice(dir.length),
        createHash('sha256')
          .update(await readFile(path))
          .digest('hex'),
      ];
    }),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('warnings do not stop a build; a failed build leaves the last good site byte for byte', () => {
  it('a document whose name is too long for its page stops the build; dist/ is unchanged', async () => {
    const work = await buildWorkDir();
    const outDir = join(work, 'dist');
    // A warning (a file the documents folder does not read) is printed and does not stop the build.
    const content = await mkdtemp(join(tmpdir(), 'explainer-content-'));
    await cp(fixtureContent, content, { recursive: true });
    await writeFile(join(content, 'documents/desk-notes.md'), 'Call the port press office back.\n');
    const good = await npmBuild(content, outDir, join(work, 'cache'));
    expect(good.ok, good.output).toBe(true);
    const warning =
      /documents\/desk-notes\.md:1: warning: this file is neither a document \(\.txt\) nor a sidecar/g;
    // Once when the content is read, and again in the summary at the end.
    expect(good.output.match(warning)).toHaveLength(2);
    expect(good.output.slice(good.output.lastIndexOf('content warning(s)'))).toMatch(warning);
    const before = await hashes(outDir);
    expect(Object.keys(before)).toContain('/index.html');

    // Without the check this name fails only while pages are written (ENAMETOOLONG),
    // after Astro has emptied its output folder.
    const bad = await mkdtemp(join(tmpdir(), 'explainer-content-'));
    await cp(fixtureContent, bad, { recursive: true });
    const long = `${'harbour-notice-'.repeat(16)}${'a'.repeat(11)}.txt`;
    expect(long.length).toBe(255);
    await cp(join(bad, 'documents/markup-lookalikes.txt'), join(bad, 'documents', long));
    const failed = await npmBuild(bad, outDir, join(work, 'cache'));
    expect(failed.ok).toBe(false);
    expect(failed.output).toContain(`documents/${long}:1: the file name makes an address of`);
    expect(await hashes(outDir)).toEqual(before);
    expect(await readdir(work)).not.toContain('dist.staging');
  }, 300_000);
});

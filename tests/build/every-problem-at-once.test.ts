import { cp, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite, projectRoot } from '../helpers/build-site';

/** The good fixture site with tests/fixtures/four-mistakes laid over it. */
async function fourMistakes(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'explainer-content-'));
  await cp(join(projectRoot, 'tests/fixtures/site/content'), dir, { recursive: true });
  for (const folder of ['documents', 'entities', 'explainer']) {
    await cp(join(projectRoot, 'tests/fixtures/four-mistakes', folder), join(dir, folder), {
      recursive: true,
    });
  }
  return dir;
}

describe('four independent mistakes in four collections are reported by one build', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildSite(await fourMistakes());
  }, 300_000);

  it('fails, listing all four with file, line and fix', () => {
    expect(build.ok).toBe(false);
    const out = build.output;
    expect(out).toMatch(/The content has 4 problems:/);
    expect(out).toMatch(
      /entities\/port-authority\.yaml:5: the name or alias "the authority" also belongs to "harbour-office" \(.*entities\/harbour-office\.yaml\)\n {2}Fix: /,
    );
    expect(out).toMatch(
      /explainer\/night-shift\.mdx:10: citation "port-inspections#p-no-such-passage".*\n {2}Fix: /,
    );
    expect(out).toMatch(/documents\/night-shift\.meta\.yaml:2: unknown metadata field "publsher"\n {2}Fix: /);
    expect(out).toMatch(/documents\/late-notice\.txt:1: "2024-13-01" is not a valid date\n {2}Fix: /);
  });

  it('prints our message without the hint Astro adds to errors that mention "document"', () => {
    expect(build.output).not.toMatch(/Browser APIs are not available|Hint:/);
  });

  it('stops before any page is written', async () => {
    const written = await readdir(build.outDir, { recursive: true }).catch(() => []);
    expect(written.filter((f) => String(f).endsWith('.html'))).toEqual([]);
  });
});

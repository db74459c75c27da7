import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site';
import { manifest, manifestDifferences } from './checks/manifest';

describe('determinism: two clean builds of the same content are byte-identical', () => {
  it('for the real content', async () => {
    const content = join(projectRoot, 'content');
    const first = await buildSite(content);
    expect(first.ok, first.output).toBe(true);
    const second = await buildSite(content);
    expect(second.ok, second.output).toBe(true);
    const a = await manifest(first.outDir);
    expect(Object.keys(a).length).toBeGreaterThan(3);
    expect(manifestDifferences(a, await manifest(second.outDir))).toEqual([]);
  });

  it('the comparison catches a single changed byte', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'explainer-manifest-'));
    await cp(join(projectRoot, 'tests/fixtures/bad-site'), dir, { recursive: true });
    const before = await manifest(dir);
    await writeFile(join(dir, 'good.html'), 'changed');
    expect(manifestDifferences(before, await manifest(dir))).toEqual(['good.html']);
  });
});

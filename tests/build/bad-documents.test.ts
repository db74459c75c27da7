import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site';

async function contentWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'explainer-content-'));
  await cp(join(projectRoot, 'tests/fixtures/site/content'), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, 'documents', name), text);
  return dir;
}

describe('a build with a bad document stops and says why', () => {
  it('an invalid date names the file, the line and the fix', async () => {
    const result = await buildSite(await contentWith({ 'bad-date.txt': '\ndate 2025-02-30\nText.' }));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/documents\/bad-date\.txt:2: "2025-02-30" is not a valid date/);
    expect(result.output).toMatch(/Fix: write the date as YYYY-MM-DD/);
  });

  it('two files that would share a slug', async () => {
    const result = await buildSite(
      await contentWith({ 'Port Inspections.txt': 'date 2024-01-01\nAnother text.' }),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /port-inspections\.txt:1: the id "port-inspections" is already that of .*Port Inspections\.txt/,
    );
  });
});

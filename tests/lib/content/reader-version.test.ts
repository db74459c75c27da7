import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readerVersion } from '../../../src/lib/content/reader-version';

describe('the version of what reads editors’ files', () => {
  it('changes with the parsers’ code, the interface text, the lockfile and the site settings', async () => {
    const root = await mkdtemp(join(tmpdir(), 'reader-version-'));
    const src = join(root, 'src');
    await mkdir(join(src, 'lib', 'documents'), { recursive: true });
    await mkdir(join(src, 'i18n'), { recursive: true });
    await mkdir(join(src, 'pages'), { recursive: true });
    await writeFile(join(src, 'lib', 'documents', 'parse.ts'), 'export const a = 1;');
    await writeFile(join(src, 'i18n', 'en.ts'), 'export default {};');
    await writeFile(join(root, 'package-lock.json'), '{}');
    const settings = { language: 'en' };
    const versions = [readerVersion(src, root, settings)];
    expect(readerVersion(src, root, { language: 'en' })).toBe(versions[0]);

    // A page is not a reader: its own changes are Astro's to track.
    await writeFile(join(src, 'pages', 'index.astro'), '<p>hi</p>');
    expect(readerVersion(src, root, settings)).toBe(versions[0]);

    await writeFile(join(src, 'lib', 'documents', 'parse.ts'), 'export const a = 2;');
    versions.push(readerVersion(src, root, settings));
    await writeFile(join(src, 'i18n', 'en.ts'), 'export default { a: 1 };');
    versions.push(readerVersion(src, root, settings));
    await writeFile(join(root, 'package-lock.json'), '{"v":2}');
    versions.push(readerVersion(src, root, settings));
    versions.push(readerVersion(src, root, { language: 'es' }));
    expect(new Set(versions).size).toBe(versions.length);
  });
});

import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOrFail, buildWorkDir, fixtureContent } from '../helpers/build-site';
import { manifest, manifestDifferences } from './checks/manifest';

/** Pages Astro reused from the cache rather than rendered: it marks them in its log. */
function reused(output: string): number {
  return output.split('\n').filter((line) => /\((cached|restored)\)/.test(line)).length;
}

/**
 * An incremental build (the cache of every build before it) against a clean
 * build (a fresh cache) of the same content, after each kind of change an
 * editor makes: both must write the same files, byte for byte. The changes
 * reach pages other than their own: the new document names an entity, so that
 * entity's page lists one more passage; the deleted one took a mention away.
 */
describe('incremental builds match clean builds byte for byte', () => {
  it('with nothing changed, after an edit, an addition and a deletion', async () => {
    const work = await buildWorkDir();
    const content = join(work, 'content');
    await cp(fixtureContent, content, { recursive: true });
    // With an address, so the sitemap, the feed and the share images are compared too.
    const env = { SITE_URL: 'https://example.org/news/' };
    const cacheDir = join(work, 'incremental-cache');
    const documents = join(content, 'documents');

    const first = await buildOrFail(content, { cacheDir, env });
    const unchanged = await buildOrFail(content, { cacheDir, env });
    expect(reused(unchanged.output), 'the second build reused no page').toBeGreaterThan(0);
    expect(manifestDifferences(await manifest(first.outDir), await manifest(unchanged.outDir))).toEqual([]);

    const changes: [string, () => Promise<void>][] = [
      [
        'an edited document',
        async () => {
          // A correction at the end: the passages others cite keep their ids.
          const file = join(documents, 'port-inspections.txt');
          const text = await readFile(file, 'utf8');
          await writeFile(file, `${text}\nThe Gazette later said inspections began in June.\n`);
        },
      ],
      [
        'an added document naming an entity',
        () =>
          writeFile(
            join(documents, 'harbour-update.txt'),
            'date 2024-07-01\nThe port authority said on Tuesday that inspections had resumed.\n',
          ),
      ],
      ['a deleted document', () => rm(join(documents, 'harbour-update.txt'))],
    ];
    for (const [change, make] of changes) {
      await make();
      const [incremental, clean] = await Promise.all([
        buildOrFail(content, { cacheDir, env }),
        buildOrFail(content, { env }),
      ]);
      expect(reused(incremental.output), `${change}: nothing was reused`).toBeGreaterThan(0);
      const differences = manifestDifferences(
        await manifest(clean.outDir),
        await manifest(incremental.outDir),
      );
      expect(differences, `${change}: files that differ from a clean build`).toEqual([]);
    }
  });
});

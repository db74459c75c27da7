import { appendFile, cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus';
import { buildOrFail, buildWorkDir, fixtureContent } from '../helpers/build-site';
import { manifest, manifestDifferences } from './checks/manifest';

/** Pages Astro reused from the cache rather than rendered: it marks them in its log. */
function reused(output: string): number {
  return output.split('\n').filter((line) => /\((cached|restored)\)/.test(line)).length;
}

/** A change, and whether the build after it can reuse any page (one every page shows cannot). */
type Change = [what: string, make: () => Promise<void>, reuses?: false];

/** After each change in turn, an incremental build (the cache of all before it) and a clean one write the same files. */
async function expectCleanAfterEach(
  content: string,
  cacheDir: string,
  env: Record<string, string>,
  changes: Change[],
): Promise<void> {
  for (const [change, make, reuses] of changes) {
    await make();
    const [incremental, clean] = await Promise.all([
      buildOrFail(content, { cacheDir, env }),
      buildOrFail(content, { env }),
    ]);
    const differences = manifestDifferences(await manifest(clean.outDir), await manifest(incremental.outDir));
    expect(differences, `${change}: files that differ from a clean build`).toEqual([]);
    if (reuses !== false) {
      expect(reused(incremental.output), `${change}: nothing was reused`).toBeGreaterThan(0);
    }
  }
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

    const changes: Change[] = [
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
      [
        // Not a document, but what documents are read with: an untitled one's derived title is in
        // the site's language, so every entry must be read again, not taken from the last build.
        'a changed site language',
        async () => {
          const file = join(content, 'site.yaml');
          await writeFile(file, (await readFile(file, 'utf8')).replace('language: en', 'language: es'));
        },
        false,
      ],
    ];
    await expectCleanAfterEach(content, cacheDir, env, changes);
  }, 900_000);

  // Past a hundred documents the indexes are split into pages with keys of their own: a month of
  // documents, a month or a year of the timeline, an entity's older mentions. An edit, an addition
  // and a deletion move entries between them.
  it('at scale, with month, timeline-period and older-mention pages', async () => {
    const work = await buildWorkDir();
    const content = join(work, 'content');
    await cp(fixtureContent, content, { recursive: true });
    const documents = join(content, 'documents');
    await generateCorpus(documents, 130);
    await writeFile(
      join(content, 'entities', 'committee.yaml'),
      [
        'id: committee',
        'name: the committee',
        'kind: organisation',
        'description: Named in many of the reports.',
        'citations:',
        '  - port-inspections#p-port-authority-said-monday',
        '',
      ].join('\n'),
    );
    const env = { SITE_URL: 'https://example.org/news/' };
    const cacheDir = join(work, 'incremental-cache');
    const first = await buildOrFail(content, { cacheDir, env });
    const built = (await readdir(first.outDir, { recursive: true })).map(String);
    for (const kind of [/^documents\/month\//, /^timeline\/\d{4}-\d{2}/, /^entities\/committee\/page-2/]) {
      expect(
        built.some((f) => kind.test(f)),
        `no page like ${kind}`,
      ).toBe(true);
    }
    const generated = (await readdir(documents)).filter((n) => n.startsWith('bench-')).sort();
    await expectCleanAfterEach(content, cacheDir, env, [
      [
        'an edited document',
        () =>
          appendFile(
            join(documents, generated[3] as string),
            '\nThe committee reviewed the monitoring contract on May 3, 2024.\n',
          ),
      ],
      [
        'an added document',
        () =>
          writeFile(
            join(documents, 'bench-added.txt'),
            'date 2021-03-04\nThe committee said on March 2, 2021 that the review had begun.\n',
          ),
      ],
      ['a deleted document', () => rm(join(documents, generated[7] as string))],
    ]);
  }, 900_000);
});

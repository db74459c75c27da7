import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus';
import { openPage } from '../helpers/browser';
import { buildOrFail, fixtureContent } from '../helpers/build-site';
import { expectLandedOn } from '../helpers/moved-anchor';
import { siteInBrowser } from '../helpers/site-in-browser';

// The fixture plus an entity that the generated documents name in nearly every one: more than
// the thirty its page keeps, so the older ones continue on entities/agency/page-2.html.
const site = siteInBrowser(async () => {
  const content = await mkdtemp(join(tmpdir(), 'explainer-entity-anchors-'));
  await cp(fixtureContent, content, { recursive: true });
  await writeFile(
    join(content, 'entities', 'agency.yaml'),
    [
      'id: agency',
      'name: CIA',
      'kind: organisation',
      'description: An agency the generated documents name.',
      'citations:',
      '  - port-inspections#p-not-rushed-director-told',
      '',
    ].join('\n'),
  );
  await generateCorpus(join(content, 'documents'), 45);
  return (await buildOrFail(content)).outDir;
});

/** The `in-…` anchors a built page has. */
const anchors = async (path: string) =>
  [...(await readFile(join(site.dist, path), 'utf8')).matchAll(/id="(in-[^"]+)"/g)].map(
    (m) => m[1] as string,
  );

describe('an old link to an older document’s anchor on an entity page', () => {
  for (const [name, url] of [
    ['over http', (path: string) => site.http(path)],
    ['from disk', (path: string) => site.file(path)],
  ] as const) {
    it(`leads to the continuation page that lists it now, ${name}`, async () => {
      const pages = (await readdir(join(site.dist, 'entities', 'agency'))).filter((f) => f.endsWith('.html'));
      expect(pages).toContain('page-2.html');
      const onEntityPage = new Set(await anchors('entities/agency.html'));
      const moved = (await anchors('entities/agency/page-2.html')).filter(
        (id) => id !== 'in-older-documents',
      );
      expect(moved.length).toBeGreaterThan(0);
      for (const id of [moved[0], moved.at(-1)] as string[]) {
        expect(onEntityPage.has(id)).toBe(false);
        const { page, problems } = await openPage(site.context, url(`entities/agency.html#${id}`));
        await expectLandedOn(page, id, (path) => path.endsWith('/entities/agency/page-2.html'));
        await page.close();
        expect(problems).toEqual([]);
      }
    });
  }

  it('still gets the missing-anchor notice when the document never named the entity', async () => {
    const { page, problems } = await openPage(
      site.context,
      site.http('entities/agency.html#in-no-such-document'),
    );
    await page.mouse.move(2, 2);
    await page.waitForSelector('.anchor-missing');
    expect(new URL(page.url()).pathname).toMatch(/\/entities\/agency\.html$/);
    await page.close();
    expect(problems).toEqual([]);
  });
});

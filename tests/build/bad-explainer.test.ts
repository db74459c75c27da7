import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site';

/** The fixture site with extra or replaced files, such as `{ 'explainer/bad.mdx': '…' }`. */
async function contentWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'explainer-content-'));
  await cp(join(projectRoot, 'tests/fixtures/site/content'), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

const chapter = (body: string) => `---
title: Bad
summary: A chapter with a mistake.
order: 9
updated: 2024-03-05
---

${body}
`;

async function failure(files: Record<string, string>): Promise<string> {
  const result = await buildSite(await contentWith(files));
  expect(result.ok, result.output).toBe(false);
  return result.output;
}

describe('a build with a bad chapter or entity stops and names the file, the line and the bad reference', () => {
  it('a citation to a passage that does not exist', async () => {
    const output = await failure({
      'explainer/bad.mdx': chapter(
        'Inspections will double.<Cite to="port-inspections#p-inspections-triple" />',
      ),
    });
    expect(output).toMatch(
      /explainer\/bad\.mdx:8: citation "port-inspections#p-inspections-triple": document "port-inspections" has no passage "p-inspections-triple"/,
    );
    expect(output).toMatch(/Fix: use a passage id shown on the source page/);
  });

  it('a paragraph without a citation', async () => {
    const output = await failure({
      'explainer/bad.mdx': chapter(
        'Sourced.<Cite to="port-inspections#p-no-timetable-set" />\n\nInspections will triple.',
      ),
    });
    expect(output).toMatch(
      /explainer\/bad\.mdx:10: this paragraph has no citation: “Inspections will triple\.”/,
    );
    expect(output).toMatch(/Fix: add <Cite to="document-slug#passage-id" \/>/);
  });

  it('a quotation that is not word for word in the passage it cites', async () => {
    const output = await failure({
      'explainer/bad.mdx': chapter(
        'The authority said inspections "would triple".<Cite to="port-inspections#p-port-authority-said-monday" />',
      ),
    });
    expect(output).toMatch(
      /explainer\/bad\.mdx:8: the quotation “would triple” is not word for word in the passage it cites \(port-inspections#p-port-authority-said-monday\)/,
    );
  });

  it('an entity that does not exist', async () => {
    const output = await failure({
      'explainer/bad.mdx': chapter(
        'The <Entity id="harbour-master">harbour master</Entity> spoke.<Cite to="port-inspections#p-no-timetable-set" />',
      ),
    });
    expect(output).toMatch(/explainer\/bad\.mdx:8: unknown entity "harbour-master" in <Entity id>/);
    expect(output).toMatch(
      /Fix: add content\/entities\/harbour-master\.yaml, or use one of: director, gazette/,
    );
  });

  it('two entities with the same id, and a misquoting entity description', async () => {
    const twin = `id: gazette\nname: Harbour Gazette\nkind: organisation\ndescription: A paper.\ncitations:\n  - port-inspections#p-no-timetable-set\n`;
    const duplicate = await failure({ 'entities/harbour-gazette.yaml': twin });
    expect(duplicate).toMatch(
      /entities\/harbour-gazette\.yaml:1: the id "gazette" is already that of .*entities\/gazette\.yaml/,
    );

    const misquote = twin
      .replace('id: gazette', 'id: harbour-gazette')
      .replace('A paper.', 'Said "no timetable".');
    const quoted = await failure({ 'entities/harbour-gazette.yaml': misquote });
    expect(quoted).toMatch(
      /entities\/harbour-gazette\.yaml:4: the quotation “no timetable” is not word for word in the passage it cites/,
    );
  });

  it('two chapter files whose names give one id', async () => {
    const about = await readFile(
      join(projectRoot, 'tests/fixtures/site/content/explainer/about.mdx'),
      'utf8',
    );
    const output = await failure({ 'explainer/About.mdx': about });
    expect(output).toMatch(
      /explainer\/about\.mdx:1: the id "about" is already that of .*explainer\/About\.mdx/,
    );
  });
});

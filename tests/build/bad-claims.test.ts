import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site';

/** The fixture site with extra or replaced files. */
async function contentWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'claims-content-'));
  await cp(join(projectRoot, 'tests/fixtures/site/content'), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

async function failure(files: Record<string, string>): Promise<string> {
  const result = await buildSite(await contentWith(files));
  expect(result.ok, result.output).toBe(false);
  return result.output;
}

const chapter = (body: string) => `---
title: Bad
summary: A chapter with mistakes.
order: 9
updated: 2024-03-05
---

${body}
`;

describe('a build whose text says more than its sources stops, naming file, line and fix', () => {
  it('part of a word, narration quoted as a person’s words, a missing fragment, a script link and a remote image', async () => {
    const output = await failure({
      'explainer/bad.mdx': chapter(
        [
          'The authority said inspections "would doub".<Cite to="port-inspections#p-port-authority-said-monday" />',
          'The authority said inspections "would double".<Cite to="port-inspections#p-port-authority-said-monday" />',
          'The director: “We will … be hurried”.<Cite to="port-inspections#p-not-rushed-director-told" />',
          'See [the map](javascript:alert(1)).<Cite to="port-inspections#p-no-timetable-set" />',
          '![Cranes](https://images.example/cranes.jpg)<Cite to="port-inspections#p-harbour-cranes-dawn" />',
        ].join('\n\n'),
      ),
    });
    expect(output).toMatch(/explainer\/bad\.mdx:8: the quotation “would doub” is not word for word/);
    expect(output).toMatch(/Fix: copy the words exactly as the passage has them, whole words only/);
    expect(output).toMatch(
      /explainer\/bad\.mdx:10: the quotation “would double” is the document’s own narration in port-inspections#p-port-authority-said-monday/,
    );
    expect(output).toMatch(/Fix: introduce the words as the document’s/);
    expect(output).toMatch(
      /explainer\/bad\.mdx:12: the quotation “We will … be hurried” .*: “be hurried” is not there after “We will”/,
    );
    expect(output).toMatch(
      /explainer\/bad\.mdx:14: the link "javascript:alert\(1\)" uses a scheme the site does not allow/,
    );
    expect(output).toMatch(
      /explainer\/bad\.mdx:16: the image "https:\/\/images\.example\/cranes\.jpg" is not part of the site/,
    );
  });

  it('an event dated more precisely than its passage allows', async () => {
    const output = await failure({
      'events/timetable-set.yaml': [
        'id: event-timetable-set',
        'title: Port sets a timetable for inspections',
        'summary: The Gazette reports that “No timetable has been set”.',
        'date: 2024-02-20',
        'status: happened',
        'category: ports',
        'citations:',
        '  - port-inspections#p-no-timetable-set',
        '',
      ].join('\n'),
    });
    expect(output).toMatch(
      /events\/timetable-set\.yaml:4: the date 2024-02-20 \(day\) is not given by the passages the event cites/,
    );
    expect(output).toMatch(/Fix: use a date a cited passage gives, no more precise than its words/);
  });

  it('a sidecar source address that is not http(s)', async () => {
    const sidecar = 'title: Port inspections\nsourceUrl: "javascript:alert(1)"\n';
    const output = await failure({ 'documents/port-inspections.meta.yaml': sidecar });
    expect(output).toMatch(/port-inspections\.meta\.yaml:2: .*sourceUrl/);
  });
});

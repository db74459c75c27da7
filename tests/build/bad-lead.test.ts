import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, fixtureContent } from '../helpers/build-site';

/** The fixture site with `lead` (YAML lines) added to its site.yaml. */
async function failure(lead: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lead-content-'));
  await cp(fixtureContent, dir, { recursive: true });
  const site = [
    'title: The Harbour Explainer',
    'tagline: A test explainer built from its sources',
    'description: A small explainer on a port authority’s plan, for the build tests.',
    ...lead,
    'language: en',
    '',
  ];
  await writeFile(join(dir, 'site.yaml'), site.join('\n'));
  const result = await buildSite(dir);
  expect(result.ok, result.output).toBe(false);
  return result.output;
}

const filler = Array.from({ length: 6 }, () => 'The Gazette reports the plan in its March 2, 2024 article.');

describe('a lead the sources do not bear stops the build, naming file, line and fix', () => {
  it('over 60 words, misquoted, a narration quoted as the director’s, dated before its source, citing a missing passage, with a long misquoting headline', async () => {
    const output = await failure([
      'lead:',
      '  text: >-',
      '    The director said inspections “would double”, and that they “will not be hurried”.',
      `    ${filler.join(' ')}`,
      '  cite:',
      '    - port-inspections#p-port-authority-said-monday',
      '    - port-inspections#p-not-rushed-director-told',
      '    - port-inspections#p-no-such-passage',
      '  asOf: 2024-03-01',
      '  headline: The director says inspections “will be doubled at once” and the whole port will close for weeks',
    ]);
    expect(output).toMatch(/site\.yaml:5: the lead has 79 words, more than 60/);
    expect(output).toMatch(/Fix: say what happened, who says so and when in at most 60 words/);
    expect(output).toMatch(/site\.yaml:5: the quotation “will not be hurried” is not word for word/);
    expect(output).toMatch(
      /site\.yaml:5: the quotation “would double” is the document’s own narration in port-inspections#p-port-authority-said-monday/,
    );
    expect(output).toMatch(/site\.yaml:11: lead: .*p-no-such-passage/);
    expect(output).toMatch(
      /site\.yaml:12: the lead is "as of" 2024-03-01, before the newest source it cites \(2024-03-02\)/,
    );
    // The headline, checked the same way against the same passages.
    expect(output).toMatch(/site\.yaml:13: the lead's headline has 17 words, more than 14/);
    expect(output).toMatch(/site\.yaml:13: the quotation “will be doubled at once” is not word for word/);
  });

  it('without a citation', async () => {
    const output = await failure(['lead:', '  text: Inspections will double.', '  asOf: 2024-03-02']);
    expect(output).toMatch(/site\.yaml:4: site field "lead\.cite"/);
    expect(output).toMatch(
      /Fix: content\/site\.yaml has title, tagline, description, lead \(headline, text, cite, asOf\)/,
    );
  });
});

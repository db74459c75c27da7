import { describe, expect, it } from 'vitest';
import { checkProse } from '../../../src/lib/citations/check-prose';
import { passageLookup } from '../../../src/lib/citations/passage-lookup';
import { siteTextProse } from '../../../src/lib/site/site-text-prose';
import { port } from '../explainer/fixtures';

const { lookup } = passageLookup([port]);

describe('any text in the site’s voice', () => {
  it('the site’s name, tagline and description: a quotation with nothing to check it against, on its line', () => {
    const source = `export const site = {\n  name: 'Harbour Watch',\n  tagline: 'The port “will not be rushed”',\n  description: 'Ports and their inspections.',\n};\n`;
    const texts = {
      name: 'Harbour Watch',
      tagline: 'The port “will not be rushed”',
      description: 'Ports and their inspections.',
    };
    const problems = siteTextProse(texts, source, 'site.ts').flatMap((p) => checkProse(p, lookup));
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'site.ts:3: the quotation “will not be rushed” has no citation to check it against',
    ]);
  });

  it('share-card or other text with citations gets the quotation and attribution checks', () => {
    const text = (t: string) =>
      checkProse({ text: t, citations: ['port#p-said'], file: 'x', line: 1 }, lookup);
    expect(text('Inspections “would double”, the article says.')).toEqual([]);
    expect(text('The authority: inspections “would double”.')).toHaveLength(1);
    expect(text('Inspections “would doubl”, the article says.')).toHaveLength(1);
  });
});

describe('a pending state passed on in the present tense', () => {
  const ledger = {
    ...port,
    slug: 'ledger',
    date: '2024-06-12',
    passages: [
      {
        id: 'p-weighing',
        kind: 'paragraph' as const,
        text: 'The council is considering a night-ferry ban.',
        line: 2,
        aliases: [],
      },
    ],
  };
  const dated = passageLookup([ledger]).lookup;
  const check = (text: string) =>
    checkProse(
      { text, citations: ['ledger#p-weighing'], file: 'content/explainer/overview.mdx', line: 7 },
      dated,
    ).map((p) => `${p.line}: ${p.message}`);

  it('must say as of the source’s date, on a key point as anywhere', () => {
    expect(check('The council is considering a ban, the article says.')).toEqual([
      '7: “considering” is a state ledger#p-weighing reports in the present tense, and the text does not say as of when',
    ]);
    expect(check('As of June 12, 2024, the council is considering a ban, the article says.')).toEqual([]);
    expect(check('The council is considering a ban as of 12 June 2024, the article says.')).toEqual([]);
    expect(check('The council is considering a ban as of last week.')).toHaveLength(1);
  });
});

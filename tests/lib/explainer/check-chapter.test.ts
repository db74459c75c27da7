import { describe, expect, it } from 'vitest';
import { passageLookup } from '../../../src/lib/citations/passage-lookup';
import { checkChapterBody, citedRefs } from '../../../src/lib/explainer/check-chapter';
import { parseMdx } from '../../../src/lib/explainer/mdx-tree';
import { port } from './fixtures';

const ctx = {
  file: 'content/explainer/one.mdx',
  lineOffset: 4,
  ...passageLookup([port]),
  entityIds: new Set(['port-authority', 'gazette', 'director']),
};
const check = (mdx: string) => checkChapterBody(parseMdx(mdx), ctx);
const messages = (mdx: string) => check(mdx).map((p) => `${p.line}: ${p.message}`);

describe('a chapter body that passes', () => {
  it('cites every paragraph and list item, quotes word for word, and names known entities', () => {
    const mdx = `## What the report means by “inspections would double”

The <Entity id="port-authority">port authority</Entity> said inspections "would double", the report states.<Cite to="port#p-said" />

- The director told the Gazette: “We will not be rushed”.<Cite to="port#p-old" />
- No timetable is set.<Cite to="port#p-timetable" />

<Quote from="port#p-rushed" words="We will not be rushed" by="director" to="gazette" />

<Background>
Ports inspect containers.
</Background>

{/* A note to editors. */}
`;
    expect(check(mdx)).toEqual([]);
  });
});

describe('a chapter body that fails names the file, the line and the bad reference', () => {
  it('a citation to a missing document or passage', () => {
    expect(messages('Text.<Cite to="harbour#p-said" />\n\nMore.<Cite to="port#p-nothing" />')).toEqual([
      '5: citation "harbour#p-said" names document "harbour", which does not exist (documents: port)',
      '7: citation "port#p-nothing": document "port" has no passage "p-nothing" (its passage ids are listed on its source page and in data/documents.json)',
    ]);
    expect(check('Text.<Cite to="port" />')[0]?.file).toBe('content/explainer/one.mdx');
  });

  it('a paragraph, list item or table row without a citation', () => {
    expect(messages('A claim with no source.\n\n- An uncited point\n')).toEqual([
      '5: this paragraph has no citation: “A claim with no source.”',
      '7: this paragraph has no citation: “An uncited point”',
    ]);
    const table =
      '| Who | Said |\n| --- | --- |\n| Director | not rushed |\n| Authority | double <Cite to="port#p-said" /> |\n';
    expect(messages(table)).toEqual(['7: this table row has no citation: “Directornot rushed”']);
  });

  it('a quotation that is not word for word in the passage its paragraph cites', () => {
    expect(messages('The director said “We will never be rushed.”<Cite to="port#p-rushed" />')).toEqual([
      '5: the quotation “We will never be rushed.” is not word for word in the passage it cites (port#p-rushed)',
    ]);
    // Right words, wrong passage: the quotation must be in what the paragraph cites.
    expect(messages('They said “No timetable has been set.”<Cite to="port#p-said" />')).toHaveLength(1);
    // A changed capital is a changed word.
    expect(messages('It said “no timetable has been set”.<Cite to="port#p-timetable" />')).toHaveLength(1);
    expect(messages('## “Rushed”, they said\n\nText.<Cite to="port#p-said" />')).toEqual([
      '5: the quotation “Rushed” is not word for word in the passage it cites (port#p-said)',
    ]);
  });

  it('an unknown entity, anywhere it is named', () => {
    expect(
      messages('The <Entity id="harbour-master">master</Entity> spoke.<Cite to="port#p-said" />'),
    ).toEqual(['5: unknown entity "harbour-master" in <Entity id>']);
    expect(messages('<Quote from="port#p-rushed" by="boss" to="gazette" />')).toEqual([
      '5: unknown entity "boss" in <Quote by>',
    ]);
  });

  it('a pull-quote whose words are not in its passage, or that does not say who speaks', () => {
    expect(messages('<Quote from="port#p-rushed" words="We will be rushed" by="director" />')).toEqual([
      '5: <Quote words="We will be rushed"> is not word for word in port#p-rushed',
    ]);
    expect(messages('<Quote from="port#p-rushed" />')).toEqual([
      '5: <Quote from="port#p-rushed"> quotes someone but does not say who',
    ]);
    expect(messages('<Quote from="port#p-timetable" />')).toEqual([]);
  });

  it('unknown components and attributes, expressions, imports and retyped blockquotes', () => {
    expect(messages('Text.<Cit to="port#p-said" />')).toEqual([
      '5: this paragraph has no citation: “Text.”',
      '5: unknown component <Cit>',
    ]);
    expect(messages('Text.<Cite ref="port#p-said" />')).toEqual([
      '5: this paragraph has no citation: “Text.”',
      '5: <Cite> does not take "ref"',
      '5: <Cite> needs to="document-slug#passage-id"',
    ]);
    expect(messages('import X from "./x.astro"\n\nText {1 + 1}.<Cite to="port#p-said" />')).toEqual([
      '5: import and export are not used in chapters',
      '7: a {…} expression in a chapter cannot be checked',
    ]);
    expect(messages('> “We will not be rushed”<Cite to="port#p-rushed" />')).toEqual([
      '5: a retyped > blockquote cannot be checked against its source',
    ]);
  });

  it('background that is long or quotes without a source', () => {
    const long = `<Background>\n${'word '.repeat(81)}\n</Background>`;
    expect(messages(long)).toEqual(['5: background has 81 words; at most 80']);
    expect(messages('<Background>\nThey said “double”.\n</Background>')).toEqual([
      '6: the quotation “double” has no citation to check it against',
    ]);
  });
});

describe('cited refs', () => {
  it('lists Cite and Quote refs in order of first appearance', () => {
    const tree = parseMdx(
      'A.<Cite to="port#p-said" />\n\n<Quote from="port#p-rushed" by="director" />\n\nB.<Cite to="port#p-said" />',
    );
    expect(citedRefs(tree)).toEqual(['port#p-said', 'port#p-rushed']);
  });
});

describe('headings', () => {
  it('may not take an id the chapter page uses for its own parts', () => {
    expect(
      messages(
        '## Sources cited\n\nText.<Cite to="port#p-said" />\n\n## Sources\n\nMore.<Cite to="port#p-said" />',
      ),
    ).toEqual([
      '5: the heading “Sources cited” would get the id "sources-cited", which the page uses for its own section',
    ]);
    expect(messages('## Source 2\n\nText.<Cite to="port#p-said" />')).toEqual([
      '5: the heading “Source 2” would get the id "source-2", which the page uses for its own citations',
    ]);
  });
});

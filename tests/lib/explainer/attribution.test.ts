import { describe, expect, it } from 'vitest';
import { passageLookup } from '../../../src/lib/citations/passage-lookup';
import { checkChapterBody } from '../../../src/lib/explainer/check-chapter';
import { parseMdx } from '../../../src/lib/explainer/mdx-tree';
import { port } from './fixtures';

const embed = {
  ...port,
  slug: 'harbour',
  passages: [
    {
      id: 'p-post',
      kind: 'embed' as const,
      text: 'Inspections start Monday at the east gate. — Ana Ruiz (@aruiz) March 1, 2024',
      line: 2,
      aliases: [],
      embed: { author: 'Ana Ruiz', handle: '@aruiz', date: '2024-03-01' },
    },
  ],
};
const ctx = {
  file: 'content/explainer/one.mdx',
  lineOffset: 4,
  ...passageLookup([port, embed]),
  entityIds: new Set(['director', 'ana-ruiz', 'port-authority']),
};
const messages = (mdx: string) => checkChapterBody(parseMdx(mdx), ctx).map((p) => `${p.line}: ${p.message}`);

describe('who said the quoted words', () => {
  it('refuses the article’s narration quoted as a person’s words', () => {
    expect(messages('The authority said inspections "would double".<Cite to="port#p-said" />')).toEqual([
      '5: the quotation “would double” is the document’s own narration in port#p-said (the passage does not put these words in quotation marks), but the sentence does not say the document is speaking',
    ]);
  });

  it('accepts the narration when the sentence names the document as speaker', () => {
    expect(messages('Inspections "would double", the article says.<Cite to="port#p-said" />')).toEqual([]);
    expect(messages('In the report’s words, inspections "would double".<Cite to="port#p-said" />')).toEqual(
      [],
    );
  });

  it('a cue in another sentence, or inside the quotation, does not count', () => {
    expect(
      messages(
        'The article is short. The authority said inspections "would double".<Cite to="port#p-said" />',
      ),
    ).toHaveLength(1);
  });

  it('accepts words the source puts in quotation marks, and a post it embeds', () => {
    expect(messages('The director said: “We will not be rushed”.<Cite to="port#p-rushed" />')).toEqual([]);
    expect(messages('Ruiz wrote that inspections “start Monday”.<Cite to="harbour#p-post" />')).toEqual([]);
  });

  it('a <Quote by> takes only words inside quotation marks, a quote passage or an embed', () => {
    expect(messages('<Quote from="port#p-said" words="inspections would double" by="director" />')).toEqual([
      '5: <Quote from="port#p-said" words="inspections would double" by> gives a person words the document says in its own voice, not inside quotation marks',
    ]);
    expect(messages('<Quote from="port#p-said" by="port-authority" />')).toHaveLength(1);
    expect(
      messages('<Quote from="port#p-rushed" words="the director told the Gazette" by="director" />'),
    ).toHaveLength(1);
    expect(messages('<Quote from="port#p-rushed" by="director" />')).toEqual([]);
    expect(
      messages('<Quote from="harbour#p-post" words="Inspections start Monday" by="ana-ruiz" />'),
    ).toEqual([]);
  });

  it('a <Quote> of words in quotation marks must say who said them', () => {
    expect(messages('<Quote from="port#p-rushed" words="We will not be rushed" />')).toEqual([
      '5: <Quote from="port#p-rushed"> quotes someone but does not say who',
    ]);
  });
});

describe('links and images in chapters', () => {
  it('refuses javascript: and data: links and remote images, with the line', () => {
    const mdx = [
      'See [the map](javascript:alert(1)).<Cite to="port#p-said" />',
      'Or [this](data:text/html,hi).<Cite to="port#p-said" />',
      '![Port](https://example.com/port.jpg)<Cite to="port#p-said" />',
      'Fine: [source](https://example.com/a), [chapter](overview.html) and [note](#notes).<Cite to="port#p-said" />',
    ].join('\n\n');
    expect(messages(mdx)).toEqual([
      '5: the link "javascript:alert(1)" uses a scheme the site does not allow',
      '7: the link "data:text/html,hi" uses a scheme the site does not allow',
      '9: the image "https://example.com/port.jpg" is not part of the site',
    ]);
  });
});

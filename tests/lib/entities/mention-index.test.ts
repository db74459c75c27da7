import { describe, expect, it } from 'vitest';
import { passageLookup } from '../../../src/lib/citations/passage-lookup';
import { checkEntity } from '../../../src/lib/entities/check-entity';
import { linkMentions } from '../../../src/lib/entities/link-mentions';
import { excerptAround, indexMentions, mentionsByDocument } from '../../../src/lib/entities/mention-index';
import { port } from '../explainer/fixtures';

const entities = [
  { id: 'authority', name: 'port authority', aliases: [] },
  { id: 'gazette', name: 'Gazette', aliases: [] },
  { id: 'nobody', name: 'Nobody', aliases: [] },
];

describe('the mention index', () => {
  it('lists, for each entity, every passage naming it, and for each passage its mentions', () => {
    const second = {
      slug: 'later',
      passages: [{ ...port.passages[0]!, id: 'p-again', text: 'The Gazette and the Gazette.' }],
    };
    const { byEntity, byPassage } = indexMentions([port, second], entities);
    expect(byEntity.get('authority')?.map((m) => [m.document, m.passage, m.passageNumber])).toEqual([
      ['port', 'p-said', 1],
    ]);
    expect(byEntity.get('gazette')?.map((m) => [m.document, m.passage, m.spans.length])).toEqual([
      ['port', 'p-rushed', 1],
      ['later', 'p-again', 2],
    ]);
    expect(byEntity.get('nobody')).toEqual([]);
    expect(byPassage.get('port#p-said')).toEqual([{ id: 'authority', start: 4, end: 18 }]);
    expect(byPassage.has('port#p-timetable')).toBe(false);
  });

  it('excerpts long passages around the mention, at word edges', () => {
    const text = `${'alpha '.repeat(40)}Gazette${' omega'.repeat(40)}`;
    const start = text.indexOf('Gazette');
    const { before, match, after } = excerptAround(text, { start, end: start + 7 }, 30);
    expect(match).toBe('Gazette');
    expect(before).toMatch(/^…alpha /);
    expect(after).toMatch(/ omega…$/);
    expect(excerptAround('A Gazette.', { start: 2, end: 9 })).toEqual({
      before: 'A ',
      match: 'Gazette',
      after: '.',
    });
  });
});

describe('checking an entity description', () => {
  const entity = {
    id: 'director',
    name: 'Director',
    kind: 'person' as const,
    aliases: [],
    description: 'Told the Gazette “We will not be rushed”.',
    citations: ['port#p-rushed'],
    file: 'content/entities/director.yaml',
    lines: { description: 5, citations: [7] },
  };
  const { lookup } = passageLookup([port]);

  it('passes a description quoting its cited passage word for word', () => {
    expect(checkEntity(entity, lookup)).toEqual([]);
  });

  it('names the file and line of a broken citation or a misquotation', () => {
    const bad = { ...entity, description: 'Said “We won’t be rushed”.', citations: ['port#p-nope'] };
    expect(checkEntity(bad, lookup).map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'content/entities/director.yaml:7: citation "port#p-nope": document "port" has no passage "p-nope" (its passage ids are listed on its source page and in data/documents.json)',
    ]);
    expect(checkEntity({ ...entity, description: 'Said “We won’t be rushed”.' }, lookup)[0]?.message).toMatch(
      /“We won’t be rushed” is not word for word in the passage it cites \(port#p-rushed\)/,
    );
  });
});

describe('linking mentions in a passage', () => {
  it('turns each mention into a link to its entity and keeps the rest as text', () => {
    const text = port.passages[1]!.text;
    const spans = indexMentions([port], entities).byPassage.get('port#p-rushed');
    const pieces = linkMentions(
      text,
      spans,
      (id) => (id === 'gazette' ? 'The Gazette' : undefined),
      (id) => `../entities/${id}.html`,
      (name) => `Who’s who: ${name}`,
    );
    expect(pieces).toEqual([
      { text: '“We will not be rushed,” the director told the ' },
      { text: 'Gazette', href: '../entities/gazette.html', title: 'Who’s who: The Gazette' },
      { text: '.' },
    ]);
    expect(
      linkMentions(
        'Plain.',
        undefined,
        () => 'x',
        () => '',
        (name) => name,
      ),
    ).toEqual([{ text: 'Plain.' }]);
  });
});

describe('an entity’s mentions by document', () => {
  it('groups them by document in order, once per list, so every page of the entity shares the grouping', () => {
    const mentions = [
      { document: 'b', passage: 'p-1', passageNumber: 1, text: 'x', spans: [] },
      { document: 'a', passage: 'p-1', passageNumber: 1, text: 'x', spans: [] },
      { document: 'b', passage: 'p-2', passageNumber: 2, text: 'x', spans: [] },
    ];
    const grouped = mentionsByDocument(mentions);
    expect([...grouped.keys()]).toEqual(['b', 'a']);
    expect(grouped.get('b')?.map((m) => m.passage)).toEqual(['p-1', 'p-2']);
    expect(mentionsByDocument(mentions)).toBe(grouped);
    expect(mentionsByDocument([...mentions])).not.toBe(grouped);
  });
});

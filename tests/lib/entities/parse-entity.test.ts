import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content/content-problem';
import { namesProblems } from '../../../src/lib/entities/loader';
import { parseEntity } from '../../../src/lib/entities/parse-entity';

const good = `id: port-authority
name: Port authority
kind: organisation
aliases:
  - the authority
description: >-
  The body that, according to the article, will double inspections.
citations:
  - port-inspections#p-port-authority-said
  - port-inspections#p-no-timetable-set
`;

function problem(source: string): string {
  try {
    parseEntity(source, 'content/entities/x.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('parsing an entity file', () => {
  it('keeps the fields and records the lines of the description and each citation', () => {
    const entity = parseEntity(good, 'content/entities/port-authority.yaml');
    expect(entity).toMatchObject({
      id: 'port-authority',
      kind: 'organisation',
      aliases: ['the authority'],
      description: 'The body that, according to the article, will double inspections.',
      file: 'content/entities/port-authority.yaml',
      lines: { description: 6, citations: [9, 10] },
    });
  });

  it('names the file and line of a wrong field, with the fix', () => {
    expect(problem(good.replace('kind: organisation', 'kind: company'))).toMatch(
      /content\/entities\/x\.yaml:3: entity field "kind"[\s\S]*Fix: .*person, organisation, group, place or term/,
    );
    expect(problem(good.replace('id: port-authority', 'id: Port Authority'))).toMatch(
      /x\.yaml:1: entity field "id"/,
    );
    expect(problem(`${good}role: chief\n`)).toMatch(/x\.yaml:11: unknown entity field "role"/);
  });

  it('requires at least one citation', () => {
    expect(problem(good.replace(/citations:[\s\S]*$/, 'citations: []\n'))).toMatch(
      /x\.yaml:8: entity field "citations": cite at least one passage/,
    );
  });

  it('refuses a long description and broken YAML', () => {
    const long = good.replace(/description: >-\n.*\n/, `description: ${'word '.repeat(90)}\n`);
    expect(problem(long)).toMatch(/x\.yaml:6: the description has 90 words/);
    expect(problem('id: [unclosed\n')).toMatch(/x\.yaml:\d+: the entity is not valid YAML/);
  });
});

describe('names shared across entity files', () => {
  const a = parseEntity(good, 'a.yaml');
  it('a name or alias shared by two entities', () => {
    const c = { ...a, id: 'harbour', file: 'c.yaml', name: 'Harbour', aliases: ['the authority'] };
    expect(namesProblems([a, c]).map((p) => `${p.file}: ${p.message}`)).toEqual([
      'c.yaml: the name or alias "the authority" also belongs to "port-authority" (a.yaml)',
    ]);
    expect(namesProblems([a])).toEqual([]);
  });
});

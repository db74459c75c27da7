import { describe, expect, it } from 'vitest';
import { parseCitationRef, resolveCitation } from '../../../src/lib/citations/citation-ref';
import type { DocumentData } from '../../../src/lib/documents/document-schema';

const doc: DocumentData = {
  slug: 'port',
  file: 'content/documents/port.txt',
  date: '2024-03-02',
  title: 'Port',
  titleIsDerived: false,
  opening: '',
  provenance: null,
  publisher: null,
  author: null,
  sourceUrl: null,
  language: 'en',
  sha256: '0'.repeat(64),
  passages: [
    { id: 'p-first', kind: 'paragraph', text: 'First.', line: 1, aliases: [] },
    { id: 'p-second', kind: 'quote', text: '“Second.”', line: 3, aliases: ['p-old-second'] },
  ],
};

describe('citation refs', () => {
  it('parse document and passage', () => {
    expect(parseCitationRef('port#p-second')).toEqual({ document: 'port', passage: 'p-second' });
    expect(parseCitationRef('port')).toBeUndefined();
    expect(parseCitationRef('port#second')).toBeUndefined();
  });

  it('resolve to the passage, following aliases', () => {
    const r = resolveCitation('port#p-old-second', [doc]);
    expect(r.ok && r.citation).toMatchObject({
      passageId: 'p-second',
      passageNumber: 2,
      url: 'documents/port.html#p-second',
    });
  });

  it('explain a missing document or passage', () => {
    const noDoc = resolveCitation('harbour#p-first', [doc]);
    expect(!noDoc.ok && noDoc.message).toMatch(/document "harbour", which does not exist/);
    const noPassage = resolveCitation('port#p-third', [doc]);
    expect(!noPassage.ok && noPassage.message).toMatch(/has no passage "p-third"/);
  });
});

import type { DocumentData } from '../../../src/lib/documents/document-schema';

/** A small document for the checks to cite. */
export const port: DocumentData = {
  slug: 'port',
  file: 'content/documents/port.txt',
  date: '2024-03-02',
  title: 'Port inspections to double',
  titleIsDerived: false,
  opening: '',
  provenance: null,
  publisher: null,
  author: null,
  sourceUrl: null,
  language: 'en',
  sha256: '0'.repeat(64),
  passages: [
    {
      id: 'p-said',
      kind: 'paragraph',
      text: 'The port authority said on Monday that inspections would double.',
      line: 2,
      aliases: [],
    },
    {
      id: 'p-rushed',
      kind: 'quote',
      text: '“We will not be rushed,” the director told the Gazette.',
      line: 6,
      aliases: ['p-old'],
    },
    { id: 'p-timetable', kind: 'paragraph', text: 'No timetable has been set.', line: 8, aliases: [] },
  ],
};

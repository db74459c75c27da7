import { describe, expect, it } from 'vitest';
import { sortDocuments } from '../../../src/lib/documents/documents-data';

describe('the order of the documents', () => {
  it('is newest first, then by slug as localeCompare orders them (dashes and case included)', () => {
    const slugs = ['b-report', 'breport', 'a-z', 'az', 'Ab', 'ab', 'é-note', 'e-note'];
    const docs = slugs.flatMap((slug) =>
      ['2025-01-02', '2024-12-31'].map((date) => ({ data: { slug, date } })),
    );
    const expected = [...slugs].sort((a, b) => a.localeCompare(b));
    const sorted = sortDocuments(docs);
    expect(sorted.map((d) => d.data.date)).toEqual([
      ...slugs.map(() => '2025-01-02'),
      ...slugs.map(() => '2024-12-31'),
    ]);
    expect(sorted.slice(0, slugs.length).map((d) => d.data.slug)).toEqual(expected);
    expect(docs[0]?.data.slug).toBe('b-report');
  });
});

import { describe, expect, it } from 'vitest';
import { resolveCitation } from '../../../src/lib/citations/citation-ref';
import { passageLookup } from '../../../src/lib/citations/passage-lookup';
import { neighbours, orderChapters } from '../../../src/lib/explainer/chapter-order';
import { chapterSchema } from '../../../src/lib/explainer/chapter-schema';
import { checkChapterMeta } from '../../../src/lib/explainer/check-chapter-meta';
import { numberCitations } from '../../../src/lib/explainer/citation-numbers';
import { countWords, readingMinutes } from '../../../src/lib/explainer/reading-time';
import { port } from './fixtures';

const ctx = { file: 'one.mdx', ...passageLookup([port]), lineOf: () => 3 };
const meta = { title: 'Ports', summary: 'What the port authority said.', keyPoints: [] };

describe('frontmatter checks', () => {
  it('key points cite passages that exist and quote them word for word', () => {
    const keyPoints = [
      {
        text: 'Inspections “would double”, the authority said, according to the report.',
        cite: ['port#p-said'],
      },
      { text: 'No timetable.', cite: ['port#p-gone'] },
      { text: 'The director: “We will be rushed”.', cite: ['port#p-rushed'] },
    ];
    expect(checkChapterMeta({ ...meta, keyPoints }, [], ctx).map((p) => p.message)).toEqual([
      'key point: citation "port#p-gone": document "port" has no passage "p-gone" (its passage ids are listed on its source page and in data/documents.json)',
      'the quotation “We will be rushed” is not word for word in the passage it cites (port#p-rushed)',
    ]);
  });

  it('a quotation in the title or summary must come from a passage the chapter cites', () => {
    expect(checkChapterMeta({ ...meta, title: '“Not rushed”' }, ['port#p-rushed'], ctx)).toHaveLength(1);
    expect(checkChapterMeta({ ...meta, title: '“We will not be rushed”' }, ['port#p-rushed'], ctx)).toEqual(
      [],
    );
  });

  it('the schema wants one sentence of summary and refuses unknown fields', () => {
    const base = { title: 'T', order: 1, updated: new Date('2025-04-16T00:00:00Z') };
    expect(chapterSchema.parse({ ...base, summary: 'One sentence.' }).updated).toBe('2025-04-16');
    expect(chapterSchema.safeParse({ ...base, summary: 'One. Two.' }).success).toBe(false);
    expect(chapterSchema.safeParse({ ...base, summary: 'One.', slug: 'x' }).success).toBe(false);
  });
});

describe('chapter order', () => {
  const a = { id: 'a', file: 'a.mdx', order: 2 };
  const b = { id: 'b', file: 'b.mdx', order: 1 };
  it('sorts by order and finds the neighbours', () => {
    const { chapters, problems } = orderChapters([a, b]);
    expect(chapters.map((c) => c.id)).toEqual(['b', 'a']);
    expect(problems).toEqual([]);
    expect(neighbours(chapters, 'b')).toEqual({ previous: undefined, next: a });
    expect(neighbours(chapters, 'a')).toEqual({ previous: b, next: undefined });
  });

  it('reports two chapters with the same order', () => {
    expect(orderChapters([a, { ...b, order: 2 }]).problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'b.mdx: chapter "b" has order 2, the same as a.mdx',
    ]);
  });
});

describe('citation numbers and reading time', () => {
  it('numbers passages by first citation, reusing a number for the same passage under an alias', () => {
    const { list, byRef } = numberCitations(['port#p-rushed', 'port#p-said', 'port#p-old', 'port#p-x'], (r) =>
      resolveCitation(r, [port]),
    );
    expect(list.map((n) => [n.number, n.citation.passageId])).toEqual([
      [1, 'p-rushed'],
      [2, 'p-said'],
    ]);
    expect(byRef.get('port#p-old')?.number).toBe(1);
    expect(byRef.has('port#p-x')).toBe(false);
  });

  it('counts words and rounds minutes, at least one', () => {
    expect(countWords('A “quoted” word — and 10,000 troops.')).toBe(6);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
  });
});

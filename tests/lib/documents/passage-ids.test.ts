import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/documents/parse-document';
import { assignPassageIds, baseId } from '../../../src/lib/documents/passage-ids';

const encode = (text: string) => new TextEncoder().encode(text);
const paragraphs = [
  'The agency announced a new centre on Tuesday.',
  '“We are looking upstream,” an official said.',
  'No decision has been made.',
  'Troops were deployed to the northern border last month.',
];
const idsOf = (paras: string[]) =>
  parseDocument({ file: 'x.txt', bytes: encode(`date 2025-04-15\n${paras.join('\n\n')}`) }).passages.map(
    (p) => [p.text, p.id] as const,
  );
const before = new Map(idsOf(paragraphs));

describe('passage ids', () => {
  it('do not change when a paragraph is inserted', () => {
    const after = idsOf([paragraphs[0]!, 'A brand new paragraph appears here.', ...paragraphs.slice(1)]);
    for (const [text, id] of after) if (before.has(text)) expect(id).toBe(before.get(text));
  });

  it('do not change when a paragraph is removed', () => {
    const after = idsOf([paragraphs[0]!, ...paragraphs.slice(2)]);
    for (const [text, id] of after) expect(id).toBe(before.get(text));
  });

  it('change only for the paragraph that is edited', () => {
    const edited = [...paragraphs];
    edited[2] = 'A different decision paragraph entirely.';
    const after = idsOf(edited);
    after.forEach(([text, id], i) => {
      if (i === 2) expect(id).not.toBe(before.get(paragraphs[2]!));
      else expect(id).toBe(before.get(text));
    });
  });

  it('stay the same when only the end of a paragraph is corrected', () => {
    expect(baseId('The agency announced a new centre on Tuesday.')).toBe(
      baseId('The agency announced a new centre on Wednesday, officials say.'),
    );
  });

  it('stay unique when passages begin alike or repeat', () => {
    const ids = assignPassageIds(['No comment.', 'No comment!', 'No comment.', 'No comment.']);
    expect(new Set(ids).size).toBe(4);
    expect(ids[0]).toBe('p-no-comment');
    // The second is told apart by its own text, not by its position.
    expect(assignPassageIds(['No comment!'])[0]).toBe('p-no-comment');
    expect(ids[1]).toMatch(/^p-no-comment-[0-9a-f]{4}$/);
  });

  it('fall back to a hash for text without words', () => {
    expect(baseId('🇺🇸 🇲🇽')).toMatch(/^p-[0-9a-f]{8}$/);
  });

  it('take the editors’ notes from the sidecar, by id or by alias, apart from the text', () => {
    const doc = parseDocument({
      file: 'x.txt',
      bytes: new TextEncoder().encode(
        'date 2025-04-15\nFirst passage here.\n\nSecond passage here, longer.\n',
      ),
      sidecar: {
        file: 'x.meta.yaml',
        source:
          'aliases:\n  p-old-second: p-second-passage-here-longer\nnotes:\n  p-old-second: Garbled in the original.\n',
      },
    });
    expect(doc.passages.map((p) => p.note)).toEqual([undefined, 'Garbled in the original.']);
    expect(doc.passages[1]?.text).toBe('Second passage here, longer.');
  });

  it('keep an old id as an alias through the sidecar', () => {
    const doc = parseDocument({
      file: 'x.txt',
      bytes: encode(`date 2025-04-15\n${paragraphs.join('\n\n')}`),
      sidecar: { file: 'x.meta.yaml', source: 'aliases:\n  p-old-decision-id: p-no-decision-made\n' },
    });
    expect(doc.passages[2]?.aliases).toEqual(['p-old-decision-id']);
  });
});

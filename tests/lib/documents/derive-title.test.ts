import { describe, expect, it } from 'vitest';
import { openingWords, untitledName } from '../../../src/lib/documents/derive-title';
import { parseDocument } from '../../../src/lib/documents/parse-document';

describe('untitledName', () => {
  it('describes the document, with its publisher when known, never quoting it', () => {
    expect(untitledName('2025-04-15', null)).toBe('Untitled article, April 15, 2025');
    expect(untitledName('2025-04-15', 'The Example Gazette')).toBe(
      'Untitled article, The Example Gazette, April 15, 2025',
    );
  });
});

describe('openingWords', () => {
  it('skips page furniture, headings and captions to where the text begins', () => {
    const passages = [
      { kind: 'furniture', text: 'Story continues below advertisement' },
      { kind: 'heading', text: 'Border talks resume' },
      { kind: 'caption', text: 'Troops at a crossing. (Photo: Agency)' },
      { kind: 'paragraph', text: 'MONTERREY, Mexico (Wire) — Officials met on\nTuesday. More followed.' },
    ];
    expect(openingWords(passages)).toBe('MONTERREY, Mexico (Wire) — Officials met on Tuesday.');
  });

  it('cuts a long first sentence after twelve words', () => {
    const text = 'Uno dos tres cuatro cinco seis siete ocho nueve diez once, doce trece catorce.';
    expect(openingWords([{ kind: 'paragraph', text }])).toBe(
      'Uno dos tres cuatro cinco seis siete ocho nueve diez once, doce…',
    );
  });
});

describe('a document without a title in its sidecar', () => {
  const bytes = new TextEncoder().encode(
    'date 2024-11-03\n\nLa reunión terminó sin acuerdo. Nadie habló después.\n',
  );
  it('is named by publisher and date, and its first sentence is only its opening', () => {
    const doc = parseDocument({
      file: 'content/documents/reunion.txt',
      bytes,
      sidecar: { file: 'content/documents/reunion.meta.yaml', source: 'publisher: Diario Ejemplo\n' },
    });
    expect(doc.title).toBe('Untitled article, Diario Ejemplo, November 3, 2024');
    expect(doc.titleIsDerived).toBe(true);
    expect(doc.opening).toBe('La reunión terminó sin acuerdo.');
  });
});

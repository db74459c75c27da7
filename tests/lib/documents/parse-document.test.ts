import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/documents/parse-document';

const FILE = 'content/documents/cia-americas-counternarcotics-mission-center.txt';
const bytes = new Uint8Array(readFileSync(new URL(`../../../${FILE}`, import.meta.url)));
const doc = parseDocument({ file: FILE, bytes });

describe('the first document', () => {
  it('has its header date and no recorded publisher', () => {
    expect(doc.date).toBe('2025-04-15');
    expect(doc.publisher).toBeNull();
    expect(doc.titleIsDerived).toBe(true);
    expect(doc.title).toBe('Untitled article, April 15, 2025');
    expect(doc.opening).toBe('It was only a matter of time until the CIA became involved…');
  });

  it('splits into 11 passages of the right kinds', () => {
    expect(doc.passages.map((p) => p.kind)).toEqual([
      'paragraph',
      'caption',
      'paragraph',
      'quote',
      'quote',
      'embed',
      'paragraph',
      'paragraph',
      'paragraph',
      'quote',
      'paragraph',
    ]);
  });

  it('reads the embed attribution: author, handle and date', () => {
    expect(doc.passages[5]?.embed).toEqual({
      author: 'Kristina Wong',
      handle: 'kristina_wong',
      date: '2025-04-15',
    });
  });

  it('keeps every passage exactly as written, including the flag emoji and curly quotes', () => {
    const text = new TextDecoder().decode(bytes);
    const body = text.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '');
    expect(doc.passages.map((p) => p.text).join('\n\n')).toBe(body.trimEnd());
    expect(doc.passages[5]?.text).toContain('Kristina Wong 🇺🇸 (@kristina_wong)');
    expect(doc.passages[3]?.text.startsWith('“The drug trafficker')).toBe(true);
  });

  it('gives readable ids derived from the text, unique within the document', () => {
    const ids = doc.passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[1]).toBe('p-mq-9-reaper-drone');
    expect(ids[3]).toBe('p-drug-trafficker-savvy-sophisticated');
    for (const id of ids) expect(id).toMatch(/^p-[a-z0-9-]{3,60}$/);
  });

  it('records the SHA-256 of the file as stored', () => {
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.sha256).not.toBe(parseDocument({ file: FILE, bytes: new Uint8Array([...bytes, 10]) }).sha256);
  });
});

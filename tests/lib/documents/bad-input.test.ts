import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../src/lib/documents/document-error';
import { parseDocument } from '../../../src/lib/documents/parse-document';

const FILE = 'content/documents/bad.txt';
const parse = (text: string | Uint8Array, sidecar?: string) =>
  parseDocument({
    file: FILE,
    bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
    sidecar: sidecar === undefined ? undefined : { file: 'content/documents/bad.meta.yaml', source: sidecar },
  });

function errorOf(run: () => unknown): DocumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('expected a DocumentError, but parsing succeeded');
}

describe('bad input stops with an error that names the file, the line and the fix', () => {
  it.each([
    ['an impossible date', 'date 2025-02-30\nText.', 1, /"2025-02-30" is not a valid date/],
    ['a missing header', 'Some text without a header.', 1, /first line must be a date header/],
    ['a header on a later line', '\n\n  Text first\ndate 2025-01-01', 3, /first line must be a date header/],
    ['a malformed date', 'date 15/04/2025\nText.', 1, /"15\/04\/2025" is not a valid date/],
    ['an empty file', '', 1, /the file is empty/],
    ['a file of blank lines', '\n  \n\n', 1, /the file is empty/],
    ['a header with no body', 'date 2025-04-15\n\n   \n', 1, /no text/],
  ])('%s', (_, text, line, problem) => {
    const error = errorOf(() => parse(text));
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(problem);
    expect(error.message).toContain(`${FILE}:${line}:`);
    expect(error.message).toMatch(/Fix: .{20,}/);
  });

  it('a file that is not valid UTF-8, pointing at the line with the bad byte', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('date 2025-04-15\nFine line.\n\nBad '),
      0xff,
      0xfe,
      ...new TextEncoder().encode(' line.\n'),
    ]);
    const error = errorOf(() => parse(bytes));
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/not valid UTF-8/);
  });

  it('sidecar metadata with an unknown field or a bad URL', () => {
    const unknown = errorOf(() => parse('date 2025-04-15\nText.', 'title: A\npublsher: Typo\n'));
    expect(unknown.file).toBe('content/documents/bad.meta.yaml');
    expect(unknown.message).toMatch(/publsher/);
    const url = errorOf(() => parse('date 2025-04-15\nText.', 'title: A\nsourceUrl: not a url\n'));
    expect(url.line).toBe(2);
    expect(url.message).toMatch(/sourceUrl/);
  });

  it('a sidecar sourceUrl that is not http(s), such as javascript:', () => {
    const script = errorOf(() =>
      parse('date 2025-04-15\nText.', 'title: A\nsourceUrl: "javascript:alert(1)"\n'),
    );
    expect(script.line).toBe(2);
    expect(script.message).toMatch(/sourceUrl/);
    const data = errorOf(() => parse('date 2025-04-15\nText.', 'sourceUrl: "data:text/html,hi"\n'));
    expect(data.message).toMatch(/sourceUrl/);
    expect(() => parse('date 2025-04-15\nText.', 'sourceUrl: https://example.org/a\n')).not.toThrow();
  });

  it('an alias that points at no passage, on the line of the alias', () => {
    const error = errorOf(() =>
      parse('date 2025-04-15\nText here.', 'title: T\naliases:\n  p-old: p-missing\n'),
    );
    expect(error.message).toMatch(/"p-missing", which is not a passage/);
    expect(error.line).toBe(3);
  });

  it('a note on a passage the document does not have, on the line of the note', () => {
    const error = errorOf(() =>
      parse('date 2025-04-15\nText here.', 'title: T\nnotes:\n  p-text-here: fine\n  p-gone: lost\n'),
    );
    expect(error.file).toBe('content/documents/bad.meta.yaml');
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/note on "p-gone", which is not a passage/);
    expect(
      errorOf(() => parse('date 2025-04-15\nText here.', 'notes:\n  p-text-here: ""\n')).message,
    ).toMatch(/notes\.p-text-here/);
  });
});

describe('awkward but valid input survives unchanged', () => {
  it('body on the header line or below it, with leading white space', () => {
    expect(parse('  date 2025-04-15 Same line.').passages[0]?.text).toBe('Same line.');
    expect(parse('date 2025-04-15\nNext line.').passages[0]?.text).toBe('Next line.');
  });

  it('CRLF line endings and a byte-order mark', () => {
    const doc = parse('\uFEFFdate 2025-04-15\r\nFirst.\r\n\r\nSecond.\r\n');
    expect(doc.date).toBe('2025-04-15');
    expect(doc.passages.map((p) => p.text)).toEqual(['First.', 'Second.']);
  });

  it('text that looks like code or markup is kept as plain text', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '{expr} and {1 + 1}',
      'import x from "y"',
      'export const a = 1',
      '<Component />',
      '# heading',
      '*stars* and _underscores_',
    ];
    const doc = parse(`date 2025-04-15\n${hostile.join('\n\n')}`);
    expect(doc.passages.map((p) => p.text)).toEqual(hostile);
  });

  it('right-to-left text, zero-width characters and emoji', () => {
    const texts = [
      'مرحبا بالعالم، هذا نص عربي.',
      'zero\u200Bwidth\u200Djoiner\u200C here.',
      'Flags 🇺🇸🇲🇽 and 👍🏽.',
    ];
    const doc = parse(`date 2025-04-15\n${texts.join('\n\n')}`);
    expect(doc.passages.map((p) => p.text)).toEqual(texts);
    expect(new Set(doc.passages.map((p) => p.id)).size).toBe(3);
  });

  it('a 2 MB document', () => {
    const para = 'The agency said on Tuesday that it had reviewed the plan in detail. '.repeat(15);
    const body = Array.from({ length: 2_000 }, (_, i) => `${i} ${para}`).join('\n\n');
    const doc = parse(`date 2025-04-15\n${body}`);
    expect(body.length).toBeGreaterThan(2_000_000);
    expect(doc.passages).toHaveLength(2_000);
    expect(new Set(doc.passages.map((p) => p.id)).size).toBe(2_000);
  });
});

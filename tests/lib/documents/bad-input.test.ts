import { describe, expect, it } from 'vitest';
import { ContentError, type ContentProblem } from '../../../src/lib/content/content-problem';
import { parseDocument } from '../../../src/lib/documents/parse-document';

const FILE = 'content/documents/bad.txt';
const parse = (text: string | Uint8Array, sidecar?: string | Uint8Array) =>
  parseDocument({
    file: FILE,
    bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
    sidecar: sidecar === undefined ? undefined : { file: 'content/documents/bad.meta.yaml', source: sidecar },
  });

/** The first problem, with the whole error's text as its message, and every problem. */
function errorOf(run: () => unknown): ContentProblem & { problems: readonly ContentProblem[] } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const first = error.problems[0] as ContentProblem;
    return { ...first, message: error.message, problems: error.problems };
  }
  throw new Error('expected a ContentError, but parsing succeeded');
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

describe('every problem of a document and its sidecar at once, each at its own line', () => {
  const SIDECAR = 'content/documents/bad.meta.yaml';

  it('an unknown key is reported at its line, with the other mistakes of the sidecar and the text', () => {
    const error = errorOf(() =>
      parse('date 2025-02-30\nText.', 'title: A\nlanguage: English\npublsher: Typo\nsourceUrl: nope\n'),
    );
    const where = error.problems.map((p) => `${p.file}:${p.line}`);
    expect(where).toEqual([`${SIDECAR}:2`, `${SIDECAR}:3`, `${SIDECAR}:4`, `${FILE}:1`]);
    expect(error.message).toMatch(/bad\.meta\.yaml:3: unknown metadata field "publsher"/);
    expect(error.message).not.toMatch(/top level|whole file/);
  });

  it('a Latin-1 sidecar names the file and the line of the bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('title: A\npublisher: Caf'), 0xe9, 0x0a]);
    const error = errorOf(() => parse('date 2025-04-15\nText.', bytes));
    expect(error.file).toBe(SIDECAR);
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/not valid UTF-8/);
  });

  it('a value that is not text (!!binary, a number, a list) is refused', () => {
    const binary = errorOf(() => parse('date 2025-04-15\nText.', 'title: !!binary aGVsbG8=\n'));
    expect(binary.message).toMatch(/bad\.meta\.yaml:1: metadata field "title"/);
    const list = errorOf(() => parse('date 2025-04-15\nText.', 'title: A\nauthor:\n  - One\n'));
    expect(list.line).toBe(2);
  });

  it('an unclosed right-to-left override in a sidecar field is refused', () => {
    const error = errorOf(() => parse('date 2025-04-15\nText.', 'title: A\nauthor: "\u202Eevil"\n'));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/"author" has a right-to-left or left-to-right control character/);
    expect(() => parse('date 2025-04-15\nText.', 'author: "\u2067name\u2069"\n')).not.toThrow();
  });

  it('a NUL byte in a document is an error at its line, not text that vanishes from the page', () => {
    const error = errorOf(() => parse('date 2025-04-15\nFirst.\n\nSec\0ond.'));
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/NUL character/);
  });

  it('a paragraph of only zero-width characters, which would be an empty passage or title, is an error at its line', () => {
    const error = errorOf(() => parse('date 2025-04-15\n\u200B\u200D\u2060\n\nThe text.'));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/no visible characters/);
    expect(errorOf(() => parse('date 2025-04-15\nThe text.\n\n\u200B', 'title: A title\n')).line).toBe(4);
    expect(parse('date 2025-04-15\nThe \u200Btext.', 'title: A title\n').title).toBe('A title');
  });

  it('a year before 1000 is refused; years up to 9999 are dates', () => {
    expect(errorOf(() => parse('date 0999-04-15\nText.')).message).toMatch(/before 1000/);
    expect(errorOf(() => parse('date 0100-01-01\nText.')).message).toMatch(/before 1000/);
    expect(parse('date 1000-01-01\nText.').date).toBe('1000-01-01');
    expect(parse('date 9999-12-31\nText.').date).toBe('9999-12-31');
  });
});

import { contentError } from '../content/content-problem';

/** A paragraph of the body, as written, with the line it starts on. */
export interface RawParagraph {
  text: string;
  line: number;
}

export interface SplitDocument {
  date: string;
  paragraphs: RawParagraph[];
}

const HEADER = /^[ \t]*date[ \t]+(\S+)/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const BLANK = /^[ \t]*$/;
// Only ASCII white space is trimmed: zero-width characters belong to the text.
const EDGE_SPACE = /^[ \t\n]+|[ \t\n]+$/g;

/**
 * Splits decoded text into its `date YYYY-MM-DD` header and its paragraphs.
 * The body may start on the header line or below it; blank lines separate paragraphs.
 */
export function splitDocument(text: string, file: string): SplitDocument {
  if (text.replace(EDGE_SPACE, '') === '') {
    throw contentError(
      file,
      1,
      'the file is empty',
      'start the file with a header such as "date 2025-04-15", then the article text.',
    );
  }
  const lines = text.split('\n');
  const headerIndex = lines.findIndex((l) => !BLANK.test(l));
  const headerLine = lines[headerIndex] ?? '';
  const lineNo = headerIndex + 1;
  const match = HEADER.exec(headerLine);
  if (!match) {
    throw contentError(
      file,
      lineNo,
      `the first line must be a date header, but it reads "${preview(headerLine)}"`,
      'begin the file with "date YYYY-MM-DD" (the date the article was published), for example "date 2025-04-15".',
    );
  }
  const date = match[1] ?? '';
  if (!isRealDate(date)) {
    throw contentError(
      file,
      lineNo,
      `"${date}" is not a valid date`,
      'write the date as YYYY-MM-DD with a real month and day, for example "date 2025-04-15".',
    );
  }

  if (date < '1000') {
    throw contentError(
      file,
      lineNo,
      `the year of "${date}" is before 1000`,
      'write a year from 1000 to 9999 with four digits, for example "date 2025-04-15".',
    );
  }

  const rest = headerLine.slice(match[0].length);
  const bodyLines = [rest, ...lines.slice(headerIndex + 1)];
  const paragraphs = collectParagraphs(bodyLines, lineNo);
  if (paragraphs.length === 0) {
    throw contentError(
      file,
      lineNo,
      'the document has a date header but no text',
      'add the article text after the header, on the same line or on the lines below it.',
    );
  }
  return { date, paragraphs };
}

function collectParagraphs(lines: string[], firstLineNo: number): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  let current: string[] = [];
  let startLine = firstLineNo;
  const flush = () => {
    const joined = current.join('\n').replace(EDGE_SPACE, '');
    if (joined !== '') paragraphs.push({ text: joined, line: startLine });
    current = [];
  };
  lines.forEach((line, i) => {
    if (BLANK.test(line)) {
      flush();
      return;
    }
    if (current.length === 0) startLine = firstLineNo + i;
    current.push(line);
  });
  flush();
  return paragraphs;
}

export function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function preview(line: string): string {
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

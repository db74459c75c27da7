import { contentError } from './content-problem';

const BOM = '\uFEFF';

/**
 * Bytes to text: strict UTF-8, without a leading byte-order mark, with CRLF and
 * lone CR line endings folded to LF. Everything else is kept as written.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    throw contentError(
      file,
      line,
      'the file is not valid UTF-8',
      'save the file as UTF-8 (most editors offer "Save with encoding"), then rebuild.',
    );
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n');
}

/** Decodes line by line so the error can point at the line that holds the bad byte. */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}

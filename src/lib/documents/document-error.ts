/**
 * An error in a source document or its sidecar. The message names the file,
 * the line and the fix, so an editor can act on it without reading code.
 */
export class DocumentError extends Error {
  readonly file: string;
  readonly line: number;
  readonly fix: string;

  constructor(file: string, line: number, problem: string, fix: string) {
    super(`${file}:${line}: ${problem}\n  Fix: ${fix}`);
    this.name = 'DocumentError';
    this.file = file;
    this.line = line;
    this.fix = fix;
  }
}

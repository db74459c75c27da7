import { type Document, parseDocument } from 'yaml';

export interface YamlSource {
  doc: Document;
  /** The first syntax error, with the line it is on, if the text is not valid YAML. */
  syntaxError?: { line: number; code: string };
  /** The line a key (or a nested path) of the mapping is written on; 1 when it is not there. */
  lineOf: (path: readonly (string | number)[]) => number;
}

/**
 * Parses an editor's YAML file keeping what error messages need: where each
 * value was written. Callers turn problems into their own errors.
 */
export function readYamlSource(source: string): YamlSource {
  const doc = parseDocument(source, { prettyErrors: true });
  const error = doc.errors[0];
  type Ranged = { range?: [number] } | undefined;
  const lineOf = (path: readonly (string | number)[]) => {
    let offset = path.length > 1 ? (doc.getIn(path, true) as Ranged)?.range?.[0] : undefined;
    if (offset === undefined) {
      const map = doc.contents as { items?: { key?: { value?: unknown } & Ranged }[] } | null;
      offset = map?.items?.find((item) => item.key?.value === path[0])?.key?.range?.[0];
    }
    return source.slice(0, offset ?? 0).split('\n').length;
  };
  return {
    doc,
    syntaxError: error ? { line: error.linePos?.[0].line ?? 1, code: error.code } : undefined,
    lineOf,
  };
}

import { type Document, parseDocument } from 'yaml';
import { lineAt } from './content-problem';

export interface YamlSource {
  doc: Document;
  /** The first syntax error, with the line it is on, if the text is not valid YAML. */
  syntaxError?: { line: number; code: string };
  /** The line a key (or a nested path) of the mapping is written on; 1 when it is not there. */
  lineOf: (path: readonly (string | number)[]) => number;
}

type Ranged = { range?: [number, number] } | null | undefined;
type Pair = { key?: { value?: unknown } & Ranged; value?: unknown };

/**
 * Parses an editor's YAML file keeping what error messages need: where each
 * key was written. Callers turn problems into their own errors.
 */
export function readYamlSource(source: string): YamlSource {
  const doc = parseDocument(source, { prettyErrors: true });
  const error = doc.errors[0];
  // The line of the key at the end of the path, found by walking the mappings
  // (a key's own line: the value of a nested key may be on the next one).
  const lineOf = (path: readonly (string | number)[]) => {
    let node = doc.contents as unknown;
    let offset: number | undefined;
    for (const step of path) {
      const items = (node as { items?: unknown[] } | null)?.items;
      if (!items) break;
      const item = typeof step === 'number' && !(items[0] as Pair)?.key ? items[step] : undefined;
      const pair = item ? undefined : (items as Pair[]).find((p) => p?.key?.value === step);
      const at = pair ? pair.key?.range?.[0] : (item as Ranged)?.range?.[0];
      if (at === undefined) break;
      offset = at;
      node = pair ? pair.value : item;
    }
    return lineAt(source, offset ?? 0);
  };
  return {
    doc,
    syntaxError: error ? { line: error.linePos?.[0].line ?? 1, code: error.code } : undefined,
    lineOf,
  };
}

/** The text of the value at `key` as written in the file, for checks the parsed value hides (`0x7E9`). */
export function writtenValue(doc: Document, source: string, key: string): string | undefined {
  const node = doc.get(key, true) as Ranged;
  return node?.range ? source.slice(node.range[0], node.range[1]).trim() : undefined;
}

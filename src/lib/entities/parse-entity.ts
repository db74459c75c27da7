import { isMap, isSeq } from 'yaml';
import { ContentError, lineAt } from '../content/content-problem';
import { schemaProblems } from '../content/schema-problems';
import { readYamlSource } from '../content/yaml-source';
import { type EntityData, entityFileSchema } from './entity-schema';

const MAX_DESCRIPTION_WORDS = 80;

const fail = (file: string, line: number, message: string, fix: string) =>
  new ContentError([{ file, line, message, fix }]);

/** Parses one entity file, naming the file and line of any mistake. */
export function parseEntity(source: string, file: string): EntityData {
  const { doc, syntaxError, lineOf: yamlLineOf } = readYamlSource(source);
  if (syntaxError) {
    throw fail(
      file,
      syntaxError.line,
      `the entity is not valid YAML (${syntaxError.code})`,
      'write one "key: value" per line; quote values that contain a colon; list items start with "- ".',
    );
  }
  const lineOf = (node: unknown) => lineAt(source, (node as { range?: [number] } | null)?.range?.[0] ?? 0);
  const result = entityFileSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    throw new ContentError(
      schemaProblems(result.error.issues, {
        file,
        lineOf: yamlLineOf,
        noun: 'entity',
        fix: 'an entity has id, name, kind (person, organisation, group, place or term), aliases (a list), description and citations (a list of "document-slug#passage-id").',
      }),
    );
  }
  const data = result.data;
  const words = data.description.split(/\s+/).length;
  const descriptionNode = isMap(doc.contents) ? doc.contents.get('description', true) : null;
  if (words > MAX_DESCRIPTION_WORDS) {
    throw fail(
      file,
      lineOf(descriptionNode),
      `the description has ${words} words; a who's-who description is at most ${MAX_DESCRIPTION_WORDS}`,
      'keep it to one or two sentences; longer explanations belong in a chapter.',
    );
  }
  const citationsNode = isMap(doc.contents) ? doc.contents.get('citations', true) : null;
  const citationLines = isSeq(citationsNode) ? citationsNode.items.map(lineOf) : [];
  const aliasesNode = isMap(doc.contents) ? doc.contents.get('aliases', true) : null;
  const names: Record<string, number> = { [data.name]: yamlLineOf(['name']) };
  data.aliases.forEach((alias, i) => {
    names[alias] = isSeq(aliasesNode) ? lineOf(aliasesNode.items[i]) : yamlLineOf(['aliases']);
  });
  return {
    ...data,
    file,
    lines: { description: lineOf(descriptionNode), citations: citationLines, names },
  };
}

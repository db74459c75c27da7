import type { Loader } from 'astro/loaders';
import type { ContentProblem } from '../content/content-problem';
import { decodeText } from '../content/decode-text';
import { folderLoader } from '../content/folder-loader';
import { type EntityData, entitySchema } from './entity-schema';
import { parseEntity } from './parse-entity';

/**
 * Reads one entity per `*.yaml` file. Ids and names must be unique across all
 * files, because pages, links and automatic mentions are keyed by them.
 */
export function entitiesLoader({ base }: { base: string }): Loader {
  return folderLoader({
    collection: 'entities',
    base,
    schema: entitySchema,
    entry: /\.ya?ml$/i,
    read: (main) => {
      const entity = parseEntity(decodeText(main.bytes, main.file), main.file);
      return { id: entity.id, data: entity };
    },
    checkAll: (data) => namesProblems([...(data as EntityData[])].sort((a, b) => (a.file < b.file ? -1 : 1))),
  });
}

/** The same name or alias in two entities. */
export function namesProblems(entities: readonly EntityData[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const terms = new Map<string, EntityData>();
  for (const entity of entities) {
    for (const written of new Set([entity.name, ...entity.aliases])) {
      const term = written.replace(/\s+/g, ' ');
      const owner = terms.get(term);
      if (owner && owner.id !== entity.id) {
        problems.push({
          file: entity.file,
          line: entity.lines.names?.[written] ?? 1,
          message: `the name or alias "${term}" also belongs to "${owner.id}" (${owner.file})`,
          fix: 'a name must point to one entity, so mentions can be linked; remove it from one of them.',
        });
      }
      terms.set(term, entity);
    }
  }
  return problems;
}

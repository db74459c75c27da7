import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { ContentError, type ContentProblem } from '../explainer/content-problem';
import { type EntityData, entitySchema } from './entity-schema';
import { parseEntity } from './parse-entity';

/**
 * Reads one entity per `*.yaml` file. Ids and names must be unique across all
 * files, because pages, links and automatic mentions are keyed by them.
 */
export function entitiesLoader({ base }: { base: string }): Loader {
  return {
    name: 'entities-loader',
    schema: entitySchema,
    async load({ store, parseData, generateDigest, logger, config }) {
      const root = config.root.pathname;
      const dir = resolve(root, base);
      const names = existsSync(dir) ? (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n)).sort() : [];
      const entities: EntityData[] = [];
      for (const name of names) {
        const file = relative(root, join(dir, name));
        entities.push(parseEntity(await readFile(join(dir, name), 'utf8'), file));
      }
      const problems = duplicateProblems(entities);
      if (problems.length > 0) throw new ContentError(problems);
      store.clear();
      for (const entity of entities) {
        const data = await parseData({ id: entity.id, data: entity, filePath: entity.file });
        store.set({
          id: entity.id,
          data,
          digest: generateDigest(JSON.stringify(entity)),
          filePath: entity.file,
        });
      }
      logger.info(`${entities.length} entities`);
    },
  };
}

/** The same id, or the same name or alias, in two entities. */
export function duplicateProblems(entities: readonly EntityData[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Map<string, EntityData>();
  const terms = new Map<string, EntityData>();
  for (const entity of entities) {
    const other = ids.get(entity.id);
    if (other) {
      problems.push({
        file: entity.file,
        line: 1,
        message: `duplicate entity id "${entity.id}": ${other.file} has it too`,
        fix: 'give each entity its own id, or merge the two files.',
      });
    }
    ids.set(entity.id, entity);
    for (const term of new Set([entity.name, ...entity.aliases].map((t) => t.replace(/\s+/g, ' ')))) {
      const owner = terms.get(term);
      if (owner && owner.id !== entity.id) {
        problems.push({
          file: entity.file,
          line: 1,
          message: `the name or alias "${term}" also belongs to "${owner.id}" (${owner.file})`,
          fix: 'a name must point to one entity, so mentions can be linked; remove it from one of them.',
        });
      }
      terms.set(term, entity);
    }
  }
  return problems;
}

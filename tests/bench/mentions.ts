import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { indexMentions } from '../../src/lib/entities/mention-index';
import { parseEntity } from '../../src/lib/entities/parse-entity';
import { projectRoot } from '../helpers/build-site';

export interface MentionFigures {
  passages: number;
  entities: number;
  mentions: number;
  /** Finding every mention of every entity in every passage, in ms (median of 5 runs). */
  indexMs: number;
}

/**
 * How long automatic mention finding takes over a built site's documents,
 * with the real who's who (content/entities), so corpora without entities
 * still measure the scan a real site pays for.
 */
export async function measureMentions(dist: string): Promise<MentionFigures> {
  const { documents } = JSON.parse(await readFile(join(dist, 'data/documents.json'), 'utf8')) as {
    documents: { slug: string; passages: { id: string; text: string }[] }[];
  };
  const dir = join(projectRoot, 'content/entities');
  const entities = await Promise.all(
    (await readdir(dir))
      .filter((n) => n.endsWith('.yaml'))
      .map(async (n) => parseEntity(await readFile(join(dir, n), 'utf8'), n)),
  );
  const times: number[] = [];
  let mentions = 0;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const index = indexMentions(documents, entities);
    times.push(performance.now() - start);
    mentions = [...index.byPassage.values()].reduce((sum, spans) => sum + spans.length, 0);
  }
  times.sort((a, b) => a - b);
  return {
    passages: documents.reduce((sum, d) => sum + d.passages.length, 0),
    entities: entities.length,
    mentions,
    indexMs: Number((times[2] ?? 0).toFixed(1)),
  };
}

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MONTHS } from '../../src/lib/documents/classify-passage.ts';

/** A small seeded generator, so every run of the benchmark builds the same corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Two of the real site's entities, as a corpus on one story names the same actors again and
// again: their pages and the mention links are measured at scale.
const SUBJECTS = [
  'The CIA',
  'The ministry',
  'A spokesperson',
  'The committee',
  'DEA officials',
  'The department',
  'Investigators',
  'The governor',
];
const VERBS = [
  'announced',
  'reviewed',
  'postponed',
  'confirmed',
  'questioned',
  'outlined',
  'expanded',
  'suspended',
];
const OBJECTS = [
  'a new inspection programme',
  'the joint task force',
  'its budget request',
  'the extradition agreement',
  'a pilot scheme at two crossings',
  'the monitoring contract',
  'further patrols',
  'the report’s findings',
];
const WHEN = [
  'last month',
  'this week',
  'in February',
  'next Monday',
  'two days ago',
  'on June 12, 2019',
  'earlier this year',
  'in March 2024',
  'yesterday',
  'on April 15, 2025',
];
const SPEAKERS = [
  'an official said',
  'the director told reporters',
  'a senator said',
  'the minister told a local newspaper',
];
const CAPTIONS = [
  'Officials at the border crossing',
  'Trucks waiting at the port of entry',
  'The agency’s headquarters',
  'Patrol boats in the harbour',
];

/**
 * About as many date expressions per passage as the first real document has (4 in 11 passages).
 * A denser corpus floods the timeline with detected dates no newsroom corpus would have.
 */
export const REALISTIC_DATE_SHARE = 0.1;

/**
 * Writes `count` synthetic documents in the document format: a date header,
 * paragraphs with date expressions, direct quotations, captions and the odd
 * quoted post, so the benchmark exercises every part of the pipeline.
 * `dateShare` is the share of sentences and quotations that carry a date expression.
 */
export async function generateCorpus(
  dir: string,
  count: number,
  { seed = 1, dateShare = REALISTIC_DATE_SHARE }: { seed?: number; dateShare?: number } = {},
): Promise<void> {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const when = () => (rand() < dateShare ? ` ${pick(WHEN)}` : '');
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const year = 2019 + Math.floor(rand() * 7);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const paragraphs: string[] = [];
    const length = 6 + Math.floor(rand() * 10);
    for (let p = 0; p < length; p++) {
      const kind = rand();
      if (p === 1 && kind < 0.5) paragraphs.push(`${pick(CAPTIONS)} ${i}-${p}`);
      else if (kind < 0.2) {
        paragraphs.push(
          `“We ${pick(VERBS)} ${pick(OBJECTS)}${when()},” ${pick(SPEAKERS)}. “Document ${i} point ${p} stands.”`,
        );
      } else if (kind < 0.25) {
        paragraphs.push(
          `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}, according to post ${i}-${p}. — Reporter ${i} (@reporter${i % 97}) ${pick(MONTHS)} ${day}, ${year}`,
        );
      } else {
        const sentences = Array.from(
          { length: 2 + Math.floor(rand() * 4) },
          () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${when()}.`,
        );
        paragraphs.push(`Report ${i}, item ${p}: ${sentences.join(' ')}`);
      }
    }
    await writeFile(
      join(dir, `bench-${String(i).padStart(4, '0')}.txt`),
      `date ${date}\n${paragraphs.join('\n\n')}\n`,
    );
  }
}

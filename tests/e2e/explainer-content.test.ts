import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { requireDist } from '../helpers/dist';

const read = (path: string) => readFile(join(requireDist(), path), 'utf8');
const json = async <T>(path: string) => JSON.parse(await read(path)) as T;
const SOURCE = 'cia-americas-counternarcotics-mission-center';

describe('the explainer of the first document, as built', () => {
  it('has its five chapters in reading order', async () => {
    const { chapters } = await json<{ chapters: { slug: string }[] }>('data/explainer.json');
    expect(chapters.map((c) => c.slug)).toEqual([
      'overview',
      'whos-who',
      'key-terms',
      'open-questions',
      'how-this-was-made',
    ]);
  });

  it('has an entity for every person, agency, outlet and group the document names, each mentioned in it', async () => {
    const { entities } = await json<{ entities: { id: string; mentions: unknown[] }[] }>(
      'data/entities.json',
    );
    const ids = entities.map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'cia',
        'michael-ellis',
        'breitbart',
        'kristina-wong',
        'nbc-news',
        'dea',
        'derek-maltz',
        'trump-administration',
        'sinaloa-cartel',
        'tren-de-aragua',
        'ms-13',
        'mexico',
        'rumble',
        'cbp',
        'mq-9-reaper',
      ]),
    );
    for (const entity of entities)
      expect({ id: entity.id, found: entity.mentions.length > 0 }).toEqual({ id: entity.id, found: true });
  });

  it('shows the garbled first paragraph exactly as it is, marked, never repaired', async () => {
    const { documents } = await json<{ documents: { slug: string; passages: { text: string }[] }[] }>(
      'data/documents.json',
    );
    const garbled = documents.find((d) => d.slug === SOURCE)?.passages[0]?.text;
    expect(garbled).toContain('According, and is formulating');
    const { document } = parseHTML(await read('explainer/how-this-was-made.html'));
    const quote = document.querySelector('figure.pull-quote.garbled');
    expect(quote?.querySelector('.pull-quote-flag')?.textContent).toMatch(/garbled in the original/);
    expect(quote?.querySelector('blockquote')?.textContent).toBe(garbled);
  });
});

import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/timeline/build-timeline';
import { detectEvents } from '../../../src/lib/timeline/detect-events';
import { detectedDatesCache } from '../../../src/lib/timeline/detected-dates-cache';
import { loadDocuments, loadEvents } from './content';

const documents = loadDocuments();
const events = loadEvents();
const digests = new Map(documents.map((d, i) => [d.slug, `digest-${i}`]));

describe('the dates detected in each document, kept between builds under its digest', () => {
  it('a build with the kept dates makes the same timeline as one that detects them all', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'detected-dates-')), 'detected-dates.json');
    const first = await detectedDatesCache(file, digests);
    const fresh = buildTimeline(documents, events, first.detect);
    await first.save();
    expect(fresh).toEqual(buildTimeline(documents, events));

    const second = await detectedDatesCache(file, digests);
    expect(buildTimeline(documents, events, second.detect)).toEqual(fresh);
  });

  it('takes a document’s dates from the file while its digest holds, and detects again when it changes', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'detected-dates-')), 'detected-dates.json');
    const doc = documents.find((d) => detectEvents(d).length > 0);
    if (!doc) throw new Error('no fixture document with dates');
    const kept = { ...detectEvents(doc)[0], title: 'kept from the last build' };
    await writeFile(file, JSON.stringify({ 'digest-kept': [kept] }));
    const digest = (d: string) => new Map([[doc.slug, d]]);

    expect((await detectedDatesCache(file, digest('digest-kept'))).detect(doc)).toEqual([kept]);
    const changed = await detectedDatesCache(file, digest('digest-new'));
    expect(changed.detect(doc)).toEqual(detectEvents(doc));
    // What is saved is this build's documents only: the old digest is dropped.
    await changed.save();
    expect(Object.keys(JSON.parse(await readFile(file, 'utf8')))).toEqual(['digest-new']);
  });

  it('without a cache file or a digest, it detects', async () => {
    const doc = documents[0];
    if (!doc) throw new Error('no fixture document');
    const none = await detectedDatesCache(undefined, new Map());
    expect(none.detect(doc)).toEqual(detectEvents(doc));
    await none.save();
  });
});

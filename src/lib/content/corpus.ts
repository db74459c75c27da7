import type { CollectionEntry } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DocumentData } from '../documents/document-schema';
import { sortDocuments } from '../documents/documents-data';
import { assembleExplainer, type Chapter, type Explainer } from '../explainer/assemble-explainer';
import { buildTimeline } from '../timeline/build-timeline';
import { detectedDatesCache } from '../timeline/detected-dates-cache';
import type { TimelineEntry } from '../timeline/timeline-entry';
import { buildCacheDir } from './build-cache';
import { allCollections } from './collections';
import { ContentError, isError, problemsOf } from './content-problem';

export type ChapterEntry = CollectionEntry<'explainer'>;
export type { Chapter };

export interface Content extends Explainer<ChapterEntry> {
  /** Every document, newest first. */
  documents: DocumentData[];
  chapters: Chapter<ChapterEntry>[];
  /** Curated events and the dates found in documents, by date. */
  timeline: TimelineEntry[];
}

let cache: { key: string; value: Promise<Content> } | undefined;

/**
 * The one place pages read the content: documents, entities, chapters,
 * mentions and the timeline, assembled once per build. Its checks already ran
 * before any page was written (check-corpus.ts); they run again here only in
 * the dev server, where a chapter can change without the loaders running.
 */
export async function loadContent(): Promise<Content> {
  const { docs, entities, chapters, events, key } = await allCollections();
  if (cache?.key !== key) {
    const value = assemble(docs, entities, chapters, events);
    cache = { key, value };
  }
  return cache.value;
}

async function assemble(
  docs: CollectionEntry<'documents'>[],
  entities: CollectionEntry<'entities'>[],
  chapterEntries: ChapterEntry[],
  events: CollectionEntry<'events'>[],
): Promise<Content> {
  const documents = sortDocuments(docs).map((d) => d.data);
  const sources = await Promise.all(
    chapterEntries.map(async (entry) => {
      const file = entry.filePath ?? `${entry.id}.mdx`;
      const raw = await readFile(resolve(file), 'utf8');
      return { id: entry.id, file, raw, body: entry.body ?? '', data: entry.data, entry };
    }),
  );
  const { explainer, problems } = assembleExplainer(
    documents,
    entities.map((e) => e.data),
    sources,
  );
  let timeline: TimelineEntry[] = [];
  const cacheDir = buildCacheDir();
  const detection = await detectedDatesCache(
    cacheDir && join(cacheDir, 'detected-dates.json'),
    new Map(docs.flatMap((d) => (d.digest ? [[d.data.slug, String(d.digest)]] : []))),
  );
  try {
    timeline = buildTimeline(
      documents,
      events.map((e) => e.data),
      detection.detect,
    );
  } catch (error) {
    problems.push(...problemsOf(error));
  }
  await detection.save();
  if (problems.some(isError)) throw new ContentError(problems.filter(isError));
  return { ...explainer, documents, timeline };
}

import { resolveCitation } from '../citations/citation-ref';
import { ContentError, type ContentProblem } from '../content/content-problem';
import type { DocumentData } from '../documents/document-schema';
import { checkEvents } from './check-event';
import { detectEvents } from './detect-events';
import type { StoredEvent } from './event-schema';
import { parseIsoDay, periodOf } from './periods';
import type { EntrySource, TimelineEntry } from './timeline-entry';

const CITATION_FIX =
  'cite a passage as "document-slug#passage-id"; every passage id is on its source page (the ¶ links) and in data/documents.json.';

/**
 * The whole timeline: curated events, whose citations must resolve, and the
 * dates detected in every document. A curated event that cites a passage
 * replaces what was detected in that passage. Sorted by date; undated last.
 */
/** Every citation of the curated events that does not resolve: the check that needs no date detection. */
export function eventCitationProblems(
  documents: readonly DocumentData[],
  events: readonly StoredEvent[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const event of events) curatedEntry(event, documents, problems);
  return problems;
}

export function buildTimeline(
  documents: readonly DocumentData[],
  events: readonly StoredEvent[],
  detect: (doc: DocumentData) => TimelineEntry[] = detectEvents,
): TimelineEntry[] {
  const problems: ContentProblem[] = [];
  const curated = events.map((event) => curatedEntry(event, documents, problems));
  problems.push(...checkEvents(events, documents));
  const cited = new Set(curated.flatMap((e) => e.sources.map((s) => `${s.document}#${s.passage}`)));
  const files = new Map(events.map((e) => [e.id, e]));
  const taken = new Set(curated.map((e) => e.id));
  const detected: TimelineEntry[] = [];
  for (const doc of [...documents].sort((a, b) => byCodePoint(a.slug, b.slug))) {
    for (const entry of detect(doc)) {
      const source = entry.sources[0];
      if (source && cited.has(`${source.document}#${source.passage}`)) continue;
      if (files.has(entry.id)) {
        const event = files.get(entry.id) as StoredEvent;
        problems.push({
          file: event.file,
          line: event.line,
          message: `the id "${entry.id}" is already the id of a date found in ${source?.url}`,
          fix: 'choose another id for the curated event, or cite that passage so it replaces the detected date.',
        });
      }
      let id = entry.id;
      for (let n = 2; taken.has(id); n++) id = `${entry.id}-${n}`;
      taken.add(id);
      detected.push({ ...entry, id });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return [...curated, ...detected].sort(compareEntries);
}

function curatedEntry(
  event: StoredEvent,
  documents: readonly DocumentData[],
  problems: ContentProblem[],
): TimelineEntry {
  const sources: EntrySource[] = event.citations.flatMap(({ ref, line }) => {
    const result = resolveCitation(ref, documents);
    if (!result.ok) {
      problems.push({ file: event.file, line, message: result.message, fix: CITATION_FIX });
      return [];
    }
    const { passageId, ...citation } = result.citation;
    return [
      {
        document: citation.document,
        passage: passageId,
        url: citation.url,
        documentTitle: citation.documentTitle,
        documentUntitled: citation.documentUntitled,
        documentDate: citation.documentDate,
        publisher: citation.publisher,
        passageNumber: citation.passageNumber,
      },
    ];
  });
  const period = event.date && event.precision ? periodOf(parseIsoDay(event.date), event.precision) : null;
  return {
    id: event.id,
    start: period?.start ?? null,
    end: period?.end ?? null,
    precision: period?.precision ?? null,
    status: event.status,
    category: event.category,
    title: event.title,
    summary: event.summary,
    ...(event.openEnded ? { openEnded: true } : {}),
    ...(event.dateNote ? { dateNote: event.dateNote } : {}),
    origin: 'curated',
    sources,
    asOf:
      sources
        .map((s) => s.documentDate)
        .sort()
        .at(-1) ?? '',
  };
}

const SPAN = { year: 0, month: 1, week: 2, day: 3 } as const;

/** By start; a longer period before a shorter one that starts the same day; then by title and id. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  const startA = a.start ?? `~${a.asOf}`;
  const startB = b.start ?? `~${b.asOf}`;
  return (
    byCodePoint(startA, startB) ||
    (a.precision ? SPAN[a.precision] : 4) - (b.precision ? SPAN[b.precision] : 4) ||
    byCodePoint(a.title, b.title) ||
    byCodePoint(a.id, b.id)
  );
}

/** Not localeCompare: the order must not depend on the build machine's locale. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

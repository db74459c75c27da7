import { checkProse } from '../citations/check-prose';
import { parseCitationRef } from '../citations/citation-ref';
import { passageLookup } from '../citations/passage-lookup';
import type { ContentProblem } from '../content/content-problem';
import type { DocumentData } from '../documents/document-schema';
import type { StoredEvent } from './event-schema';
import { eventSupportProblems, type SupportPassage } from './event-support';

/**
 * A curated event is the site's voice too: its title and summary are held to
 * the chapters' rules, and its date and status to what its passages say.
 * Citations that do not resolve are reported when the timeline is built.
 */
export function checkEvents(
  events: readonly StoredEvent[],
  documents: readonly DocumentData[],
): ContentProblem[] {
  const { lookup } = passageLookup(documents);
  return events.flatMap((event) => {
    const citations = event.citations.map((c) => c.ref);
    const passages: SupportPassage[] = citations.flatMap((ref) => {
      const parsed = parseCitationRef(ref);
      const doc = documents.find((d) => d.slug === parsed?.document);
      const passage = doc?.passages.find(
        (p) => p.id === parsed?.passage || p.aliases.includes(parsed?.passage ?? ''),
      );
      return doc && passage
        ? [{ ref, text: passage.text, reference: passage.embed?.date ?? doc.date, documentDate: doc.date }]
        : [];
    });
    return [
      ...checkProse({ text: event.title, citations, file: event.file, line: event.lines.title }, lookup),
      ...checkProse({ text: event.summary, citations, file: event.file, line: event.lines.summary }, lookup),
      ...(event.dateNote
        ? checkProse({ text: event.dateNote, citations, file: event.file, line: event.lines.date }, lookup)
        : []),
      ...eventSupportProblems(event, passages),
    ];
  });
}

import { slug as slugify } from 'github-slugger';
import { isBodyPassage } from '../documents/body-passages';
import type { DocumentData } from '../documents/document-schema';
import { paths } from '../site/paths';
import { resolveDates } from './resolve-dates';
import { shorten } from './shorten';
import type { TimelineEntry } from './timeline-entry';

const TITLE_LENGTH = 110;

/**
 * Every date expression in a document becomes an entry, read against the
 * document's date (or, inside a quoted post, the post's own date). The id is
 * made of the document, the passage and the words, so it survives edits
 * elsewhere; the same words twice in one passage get `-2`. Page furniture
 * (a byline's timestamp, a footer's "since 1914") names no date of the story.
 */
export function detectEvents(doc: DocumentData): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  doc.passages.forEach((passage, i) => {
    if (!isBodyPassage(passage)) return;
    const reference = passage.embed?.date ?? doc.date;
    const seen = new Map<string, number>();
    for (const mention of resolveDates(passage.text, reference, doc.language)) {
      const slug = slugify(mention.text);
      const count = (seen.get(slug) ?? 0) + 1;
      seen.set(slug, count);
      const words = count === 1 ? slug : `${slug}-${count}`;
      entries.push({
        id: `event-${doc.slug}-${passage.id.replace(/^p-/, '')}-${words}`,
        start: mention.start,
        end: mention.end,
        precision: mention.precision,
        status: null,
        category: null,
        title: shorten(mention.sentence, TITLE_LENGTH),
        summary: mention.sentence,
        origin: 'detected',
        sources: [
          {
            document: doc.slug,
            passage: passage.id,
            url: paths.passage(doc.slug, passage.id),
            documentTitle: doc.title,
            documentUntitled: doc.titleIsDerived,
            documentDate: doc.date,
            publisher: doc.publisher,
            passageNumber: i + 1,
          },
        ],
        asOf: doc.date,
        detection: {
          text: mention.text,
          sentence: mention.sentence,
          offsetInSentence: mention.offsetInSentence,
          reference,
        },
      });
    }
  });
  return entries;
}

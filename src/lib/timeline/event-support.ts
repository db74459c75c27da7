import type { ContentProblem } from '../content/content-problem';
import type { StoredEvent } from './event-schema';
import { type Precision, parseIsoDay, periodOf } from './periods';
import { type DateMention, resolveDates } from './resolve-dates';

/** A cited passage as the claim checks read it: its text and the date its relative words count from. */
export interface SupportPassage {
  ref: string;
  text: string;
  reference: string;
  /** The date of the passage's document. */
  documentDate: string;
}

const RANK: Record<Precision, number> = { year: 0, month: 1, week: 2, day: 3 };
const CONSIDERED = /\b(?:is|are)\s+(?:still\s+)?considering\b|\bunder consideration\b|\bno decision\b/iu;
const PLANNED = /\b(?:is|are)\s+preparing\b|\bas early as\b|\bplans?\s+to\b/iu;
const REPORTED = /\breports\b|\breported\b|\btold\b|\bspeaking to\b|\baccording to\b|\(@\w+\)/iu;
const ATTRIBUTES = /\b(?:reports?|reported|says|said|tells|told|according to|writes)\b/iu;

/** The mentions in the passages that give the event's date at its precision or finer. */
export function supportingMentions(
  event: Pick<StoredEvent, 'date' | 'precision'>,
  passages: readonly SupportPassage[],
): { mention: DateMention; passage: SupportPassage }[] {
  const { date, precision } = event;
  if (!date || !precision) return [];
  return passages.flatMap((passage) =>
    resolveDates(passage.text, passage.reference)
      .filter(
        (m) =>
          RANK[m.precision] >= RANK[precision] && periodOf(parseIsoDay(m.start), precision).start === date,
      )
      .map((mention) => ({ mention, passage })),
  );
}

/**
 * A curated event may be no surer than its passages: the date and its
 * precision must be ones a passage gives, a date read from words without a
 * year must say how it was counted, "as early as" makes the date open-ended,
 * the status follows the passages' hedges, and a reported claim is attributed
 * in the title.
 */
export function eventSupportProblems(
  event: StoredEvent,
  passages: readonly SupportPassage[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (line: number, message: string, fix: string) =>
    problems.push({ file: event.file, line, message, fix });
  // The status and the attribution follow the main passage; others may only date it.
  const all = passages[0]?.text ?? '';
  if (event.date && event.precision) {
    const support = supportingMentions(event, passages);
    const given = passages
      .flatMap((p) => resolveDates(p.text, p.reference))
      .map((m) => `“${m.text}” (${m.precision} from ${m.start})`);
    const first = support[0];
    const documentDay = event.precision === 'day' && passages.some((p) => p.documentDate === event.date);
    if (!first && documentDay) {
      // The document's own date: what is known as of that day, not when it happened.
      if (!event.dateNote)
        add(
          event.lines.date,
          `the date ${event.date} is the document’s own date; the passages give no date for the event itself`,
          'add dateNote: "…" saying the date is the document’s and what that leaves open (it may have happened earlier), or leave the date out.',
        );
    } else if (!first) {
      add(
        event.lines.date,
        `the date ${event.date} (${event.precision}) is not given by the passages the event cites; they give ${given.join(', ') || 'no date'}`,
        'use a date a cited passage gives, no more precise than its words (a day needs a day in the text, a week “this week”), or leave the date out.',
      );
    } else {
      if (!/\b\d{4}\b/.test(first.mention.text) && !event.dateNote) {
        add(
          event.lines.date,
          `the date comes from “${first.mention.text}” in ${first.passage.ref}, which names no year and is counted from ${first.passage.reference}`,
          'add dateNote: "…" saying what the date is counted from and how sure that is; it is shown with the entry.',
        );
      }
      const early = support.some(({ mention }) =>
        /\bas early as\s*$/iu.test(mention.sentence.slice(0, mention.offsetInSentence)),
      );
      if (early && !event.openEnded) {
        add(
          event.lines.date,
          `“as early as ${first.mention.text}” gives the earliest date, not a ${event.precision}-long span`,
          'add openEnded: true, so the entry reads “From the week of …” and the chart shows an open-ended mark.',
        );
      }
    }
  }
  const pending = event.status === 'under consideration' || event.status === 'undecided';
  if (CONSIDERED.test(all) && !pending) {
    add(
      event.lines.status,
      `the passages say the matter is being considered or undecided (“${all.match(CONSIDERED)?.[0]}”), but the status is "${event.status}"`,
      'use status: under consideration, or undecided.',
    );
  } else if (PLANNED.test(all) && !pending && event.status !== 'planned') {
    add(
      event.lines.status,
      `the passages say it is still to come (“${all.match(PLANNED)?.[0]}”), but the status is "${event.status}"`,
      'use status: planned.',
    );
  }
  if (REPORTED.test(all) && !ATTRIBUTES.test(event.title)) {
    add(
      event.lines.title,
      `the passages attribute the claim (“${all.match(REPORTED)?.[0]}”), but the title states it as fact`,
      'say who reports it in the title, for example “…, NBC News reports” or “…, the article says”.',
    );
  }
  return problems;
}

import { formatDate as formatLongDate, site, t } from '../config/site';
import { documentName } from '../documents/document-name';
import { isPending } from './chart-items';
import { OPEN_ENDED_MARK } from './open-ended';
import { formatPeriod, parseIsoDay, periodDatetime, periodOf } from './periods';
import { shorten } from './shorten';
import type { TimelineEntry } from './timeline-entry';

/** An entry as the page shows it: dates written out, labels, and the pieces of a detected sentence. */
export interface EntryView {
  id: string;
  /** ISO days the chart places it by; an undated entry sits at the date of its newest source. */
  start: string;
  end: string;
  precision: string;
  status: string;
  category: string;
  /** Slugs of the documents it cites, space-separated, for the document filter. */
  documents: string;
  pending: boolean;
  /** The `datetime` of its `<time>`, none when undated. */
  datetime?: string;
  when: string;
  statusLabel: string;
  statusClass: string;
  title: string;
  summary: string;
  /** How a curated date was worked out, shown under the summary. */
  dateNote?: string;
  detection?: { before: string; words: string; after: string; note?: string };
  sources: { url: string; label: string; of: string }[];
  /** The main source's passage, for the entry's citation: document slug, locator, root-relative URL. */
  cite?: { document: string; locator: string; url: string };
}

const STATUS_KEYS = {
  happened: 'status.happened',
  announced: 'status.announced',
  planned: 'status.planned',
  'under consideration': 'status.underConsideration',
  undecided: 'status.undecided',
} as const;

export function statusLabel(status: string | null): string {
  if (!status) return t('status.detected');
  const key = STATUS_KEYS[status as keyof typeof STATUS_KEYS];
  return key ? t(key) : status;
}

export function statusClass(status: string | null): string {
  return (status ?? 'detected').replace(/ /g, '-');
}

export function whenOf(
  entry: Pick<TimelineEntry, 'start' | 'precision' | 'asOf'> & { end?: string | null; openEnded?: boolean },
): string {
  if (!entry.start || !entry.precision)
    return t('timeline.undatedAsOf', { date: formatLongDate(entry.asOf) });
  const precision = entry.precision;
  const format = (start: string, weekOf = 'timeline.weekOf') =>
    formatPeriod({ start, precision }, site.language, (day) => t(weekOf, { day }));
  if (entry.openEnded) {
    const from =
      precision === 'week'
        ? format(entry.start, 'timeline.openEndedWeek')
        : t('timeline.openEnded', { period: format(entry.start) });
    // The arrow marks it in every language; the browser's chart reads it back from the list.
    return `${from} ${OPEN_ENDED_MARK}`;
  }
  const from = format(entry.start);
  // A span of several periods ("the late 1980s", a weekend) says where it ends too.
  const last = entry.end ? periodOf(parseIsoDay(entry.end), precision) : undefined;
  if (!last || last.start <= entry.start) return from;
  return `${from} – ${format(last.start)}`;
}

/** A status still to be settled is true only as of the source's date, and says so. */
export function statusAsOf(entry: Pick<TimelineEntry, 'status' | 'asOf'>): string {
  const label = statusLabel(entry.status);
  return entry.status && STILL_OPEN.includes(entry.status)
    ? t('timeline.statusAsOf', { status: label, date: formatLongDate(entry.asOf) })
    : label;
}

const STILL_OPEN: readonly string[] = ['planned', 'under consideration', 'undecided'];

export function toEntryView(entry: TimelineEntry): EntryView {
  const main = entry.sources[0];
  const dated =
    entry.start && entry.precision ? { start: entry.start, precision: entry.precision } : undefined;
  return {
    id: entry.id,
    start: entry.start ?? entry.asOf,
    end: entry.end ?? entry.asOf,
    precision: entry.precision ?? '',
    status: entry.status ?? '',
    category: entry.category ?? '',
    documents: [...new Set(entry.sources.map((s) => s.document))].join(' '),
    pending: isPending(entry.status, entry.precision),
    datetime: dated ? periodDatetime(dated) : undefined,
    when: whenOf(entry),
    statusLabel: statusAsOf(entry),
    statusClass: statusClass(entry.status),
    title: entry.title,
    summary: entry.summary,
    ...(entry.dateNote ? { dateNote: entry.dateNote } : {}),
    detection: entry.detection && detectionView(entry),
    sources: entry.sources.map((s) => ({
      url: s.url,
      label: `${documentName(shorten(s.documentTitle, 70), s.documentUntitled)}, ¶${s.passageNumber}`,
      // A description already names the publisher and date.
      of: s.documentUntitled ? '' : [s.publisher, formatLongDate(s.documentDate)].filter(Boolean).join(', '),
    })),
    cite: main && {
      document: main.document,
      locator: t('citeFormat.paragraph', { n: main.passageNumber }),
      url: main.url,
    },
  };
}

function detectionView(entry: TimelineEntry): EntryView['detection'] {
  const d = entry.detection;
  const source = entry.sources[0];
  if (!d || !source) return undefined;
  const end = d.offsetInSentence + d.text.length;
  // Words with a year in them name their date outright; others count from a date the reader should see.
  const from = t(d.reference === source.documentDate ? 'timeline.fromDocument' : 'timeline.fromPost');
  const note = /\b\d{4}\b/.test(d.text)
    ? undefined
    : t('timeline.countedFrom', { words: d.text, from, date: formatLongDate(d.reference) });
  return {
    before: d.sentence.slice(0, d.offsetInSentence),
    words: d.sentence.slice(d.offsetInSentence, end),
    after: d.sentence.slice(end),
    note,
  };
}

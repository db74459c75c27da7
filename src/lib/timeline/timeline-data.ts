import { paths } from '../site/paths';
import type { TimelineEntry } from './timeline-entry';
import { entryPage, timelinePages } from './timeline-pages';

/** One entry as published in `data/timeline.json` and `data/timeline.csv`: the public contract. */
export interface PublicTimelineEntry {
  id: string;
  start: string | null;
  end: string | null;
  precision: string | null;
  status: string | null;
  category: string | null;
  title: string;
  summary: string;
  origin: 'curated' | 'detected';
  document: string;
  passage: string;
  url: string;
  /** Every passage the entry cites, the main one first (document, passage and url repeat the first). */
  passages: { document: string; passage: string; url: string }[];
  /** True when the start is the earliest date the sources give, with no end. */
  openEnded: boolean;
  /** How a curated date was worked out and how sure it is; null when the words give the date outright. */
  dateNote: string | null;
  /** The page that lists the entry, root-relative: `timeline.html`, or its month's page once moved. */
  page: string;
}

/** Every entry as published, each with the page that lists it. */
export function publicTimeline(entries: readonly TimelineEntry[]): PublicTimelineEntry[] {
  const layout = timelinePages(entries);
  return entries.map((e) => toPublicEntry(e, entryPage(e.id, layout)));
}

export function toPublicEntry(entry: TimelineEntry, page: string = paths.timeline): PublicTimelineEntry {
  const source = entry.sources[0];
  return {
    id: entry.id,
    start: entry.start,
    // An open-ended date has a start and no end.
    end: entry.openEnded ? null : entry.end,
    precision: entry.precision,
    status: entry.status,
    category: entry.category,
    title: entry.title,
    summary: entry.summary,
    origin: entry.origin,
    document: source?.document ?? '',
    passage: source?.passage ?? '',
    url: source?.url ?? '',
    passages: entry.sources.map((s) => ({ document: s.document, passage: s.passage, url: s.url })),
    openEnded: entry.openEnded ?? false,
    dateNote: entry.dateNote ?? null,
    page,
  };
}

type Column = keyof PublicTimelineEntry;
const COLUMNS: Column[] = [
  'id',
  'start',
  'end',
  'precision',
  'status',
  'category',
  'title',
  'summary',
  'origin',
  'document',
  'passage',
  'url',
  'passages',
  'openEnded',
  'dateNote',
  'page',
];

/** A CSV cell: the passages as `document#passage` joined by spaces, a flag as true/false. */
function cell(entry: PublicTimelineEntry, column: Column): string | null {
  if (column === 'passages') return entry.passages.map((p) => `${p.document}#${p.passage}`).join(' ');
  if (column === 'openEnded') return String(entry.openEnded);
  return entry[column];
}

/**
 * RFC 4180 CSV with a header row: fields quoted where needed, null as an
 * empty field, CRLF line ends. Text from documents is untrusted, so a field
 * a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe.
 */
export function timelineCsv(entries: readonly PublicTimelineEntry[]): string {
  const field = (value: string | null) => {
    const text = value === null ? '' : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = [COLUMNS.join(','), ...entries.map((e) => COLUMNS.map((c) => field(cell(e, c))).join(','))];
  return `${rows.join('\r\n')}\r\n`;
}

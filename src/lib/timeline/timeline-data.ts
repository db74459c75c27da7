import type { TimelineEntry } from './timeline-entry';

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
}

export function toPublicEntry(entry: TimelineEntry): PublicTimelineEntry {
  const source = entry.sources[0];
  return {
    id: entry.id,
    start: entry.start,
    end: entry.end,
    precision: entry.precision,
    status: entry.status,
    category: entry.category,
    title: entry.title,
    summary: entry.summary,
    origin: entry.origin,
    document: source?.document ?? '',
    passage: source?.passage ?? '',
    url: source?.url ?? '',
  };
}

const COLUMNS: (keyof PublicTimelineEntry)[] = [
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
];

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
  const rows = [COLUMNS.join(','), ...entries.map((e) => COLUMNS.map((c) => field(e[c])).join(','))];
  return `${rows.join('\r\n')}\r\n`;
}

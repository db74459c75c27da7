import { ContentError, contentError } from '../content/content-problem';
import { schemaProblems } from '../content/schema-problems';
import { readYamlSource, writtenValue } from '../content/yaml-source';
import { type CuratedEventInput, curatedEventSchema, type StoredEvent, statuses } from './event-schema';
import { isoDay, type Precision, parseIsoDay, periodOf, precisions } from './periods';

const FIELDS =
  'fields: id, title, summary, date (YYYY, YYYY-MM or YYYY-MM-DD; leave out if undated), precision (' +
  `${precisions.join(', ')}), openEnded (true when the date is the earliest the sources give), dateNote (how the date was worked out), status (${statuses.join(', ')}), category, citations (a list of "document-slug#passage-id")`;

/** Reads one curated event from `content/events/NAME.yaml`; every mistake names the file, the line and the fix. */
export function parseEventFile(source: string, file: string): StoredEvent {
  const { doc, syntaxError, lineOf } = readYamlSource(source);
  if (syntaxError) {
    throw contentError(
      file,
      syntaxError.line,
      `the event is not valid YAML (${syntaxError.code})`,
      'write one "key: value" per line; quote values that contain a colon or start with a quotation mark.',
    );
  }
  const written = writtenValue(doc, source, 'date');
  // YAML reads 0x7E9 or 2_025 as the number 2025: only a date written in decimal digits is one.
  if (typeof doc.get('date') === 'number' && !/^\d{4}$/.test(written ?? '')) {
    throw contentError(
      file,
      lineOf(['date']),
      `the date is written "${written}", which is not YYYY, YYYY-MM or YYYY-MM-DD`,
      'write the date in decimal digits, for example "2025-04-15".',
    );
  }
  const result = curatedEventSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    throw new ContentError(
      schemaProblems(result.error.issues, {
        file,
        lineOf,
        noun: 'event',
        fix: `an event is a YAML mapping with the ${FIELDS}.`,
      }),
    );
  }
  const event = result.data;
  const { date, precision } = datePrecision(event, file, lineOf(['date']));
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    date,
    precision,
    openEnded: event.openEnded ?? false,
    dateNote: event.dateNote ?? null,
    status: event.status,
    category: event.category,
    citations: event.citations.map((ref, i) => ({ ref, line: lineOf(['citations', i]) })),
    file,
    line: lineOf(['id']),
    lines: {
      title: lineOf(['title']),
      summary: lineOf(['summary']),
      date: lineOf(['date']),
      status: lineOf(['status']),
    },
  };
}

/** Checks the date against its precision and moves it to the first day of its period. */
function datePrecision(
  event: CuratedEventInput,
  file: string,
  line: number,
): { date: string | null; precision: Precision | null } {
  if (event.date === undefined) {
    if (event.precision) {
      throw contentError(
        file,
        line,
        `precision "${event.precision}" is given but no date`,
        'add a date, or remove the precision of an undated event.',
      );
    }
    return { date: null, precision: null };
  }
  const parts = event.date.split('-');
  const written: Precision = parts.length === 1 ? 'year' : parts.length === 2 ? 'month' : 'day';
  const precision = event.precision ?? written;
  const full = `${event.date}${'-01'.repeat(3 - parts.length)}`;
  const day = parseIsoDay(full);
  if (Number.isNaN(day.getTime()) || isoDay(day) !== full) {
    throw contentError(
      file,
      line,
      `"${event.date}" is not a real date`,
      'use a real month and day, for example "2025-04-15".',
    );
  }
  const needs = {
    day: 'YYYY-MM-DD',
    week: 'YYYY-MM-DD (any day of the week)',
    month: 'YYYY-MM',
    year: 'YYYY',
  }[precision];
  const fits = precision === 'week' ? written === 'day' : written === precision;
  if (!fits) {
    throw contentError(
      file,
      line,
      `the date "${event.date}" does not match precision "${precision}"`,
      `write a ${precision} as ${needs}, or change the precision.`,
    );
  }
  return { date: periodOf(day, precision).start, precision };
}

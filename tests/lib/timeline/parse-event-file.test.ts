import { describe, expect, it } from 'vitest';
import { parseEventFile } from '../../../src/lib/timeline/parse-event-file';

const FILE = 'content/events/example.yaml';
const event = (fields: Record<string, string>) =>
  Object.entries({
    id: 'event-example',
    title: 'Ministry announces inspections',
    summary: 'The ministry said inspections would double.',
    date: '2025-02',
    status: 'announced',
    category: 'policy',
    ...fields,
  })
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')
    .concat('\ncitations:\n  - port-inspections#p-port-authority-said-monday\n');

describe('parseEventFile', () => {
  it('reads an event, infers the precision from the date and records the lines', () => {
    expect(parseEventFile(event({}), FILE)).toEqual({
      id: 'event-example',
      title: 'Ministry announces inspections',
      summary: 'The ministry said inspections would double.',
      date: '2025-02-01',
      precision: 'month',
      status: 'announced',
      category: 'policy',
      citations: [{ ref: 'port-inspections#p-port-authority-said-monday', line: 8 }],
      openEnded: false,
      dateNote: null,
      file: FILE,
      line: 1,
      lines: { title: 2, summary: 3, date: 4, status: 5 },
    });
  });

  it('moves a week to its Monday, takes a year as a number, and allows undated events', () => {
    expect(parseEventFile(event({ date: '2025-04-17', precision: 'week' }), FILE)).toMatchObject({
      date: '2025-04-14',
      precision: 'week',
    });
    expect(parseEventFile(event({ date: '2024' }), FILE)).toMatchObject({
      date: '2024-01-01',
      precision: 'year',
    });
    expect(parseEventFile(event({ date: '', status: 'under consideration' }), FILE)).toMatchObject({
      date: null,
      precision: null,
    });
  });

  it.each([
    [
      { status: 'rumoured' },
      /example\.yaml:5: event field "status": .*happened.*Fix: an event is a YAML mapping/s,
    ],
    [{ id: 'Event One' }, /example\.yaml:1: event field "id": write "event-" then lowercase words/],
    [
      { date: '2025-02-30' },
      /example\.yaml:4: "2025-02-30" is not a real date\n {2}Fix: use a real month and day/,
    ],
    [
      { date: '2025-02', precision: 'day' },
      /example\.yaml:4: the date "2025-02" does not match precision "day"\n {2}Fix: write a day as YYYY-MM-DD/,
    ],
    [
      { date: 'April 2025' },
      /example\.yaml:4: event field "date": write the date as YYYY, YYYY-MM or YYYY-MM-DD/,
    ],
    [{ date: '', precision: 'month' }, /example\.yaml:\d+: precision "month" is given but no date/],
    [{ colour: 'red' }, /example\.yaml:7: unknown event field "colour"/],
    [{ date: '0x7E9' }, /example\.yaml:4: the date is written "0x7E9", which is not YYYY/],
    [{ date: '2_025' }, /example\.yaml:4: event field "date": write the date as YYYY/],
    [{ date: '0999' }, /example\.yaml:4: event field "date": .*a year from 1000 to 9999/],
    [{ date: '"0100-01-01"' }, /example\.yaml:4: event field "date": .*a year from 1000 to 9999/],
    [{ date: '10000' }, /example\.yaml:4: the date is written "10000"/],
  ])('rejects %o with the file, the line and the fix', (fields, message) => {
    expect(() => parseEventFile(event(fields), FILE)).toThrow(message);
  });

  it('accepts years 1000 to 9999, the same range as document headers', () => {
    expect(parseEventFile(event({ date: '1000' }), FILE).date).toBe('1000-01-01');
    expect(parseEventFile(event({ date: '9999-12-31' }), FILE).date).toBe('9999-12-31');
  });

  it('reports every mistake of the file at once, each at its line', () => {
    expect(() => parseEventFile(event({ status: 'maybe', colour: 'red', id: 'x' }), FILE)).toThrow(
      /3 problems:\n.*example\.yaml:1: .*\n.*\n.*example\.yaml:5: .*\n.*\n.*example\.yaml:7: unknown event field "colour"/,
    );
  });

  it('rejects broken YAML and a missing citation list', () => {
    expect(() => parseEventFile('id: event-a\ntitle: "unclosed\n', FILE)).toThrow(
      /example\.yaml:\d+: the event is not valid YAML/,
    );
    expect(() => parseEventFile(event({}).replace(/citations:[\s\S]*/, ''), FILE)).toThrow(
      /event field "citations"/,
    );
    expect(() => parseEventFile(event({}).replace(/ {2}- .*/, ''), FILE)).toThrow(/event field "citations"/);
  });
});

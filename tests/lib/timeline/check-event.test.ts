import { describe, expect, it } from 'vitest';
import type { DocumentData } from '../../../src/lib/documents/document-schema';
import { buildTimeline } from '../../../src/lib/timeline/build-timeline';
import { checkEvents } from '../../../src/lib/timeline/check-event';
import type { StoredEvent } from '../../../src/lib/timeline/event-schema';
import { timelineCsv, toPublicEntry } from '../../../src/lib/timeline/timeline-data';

const passage = (id: string, text: string, extra: Partial<DocumentData['passages'][number]> = {}) => ({
  id,
  kind: 'paragraph' as const,
  text,
  line: 1,
  aliases: [],
  ...extra,
});

/** Wire copy: a ministry weighing a ban, a plan "as early as", a relayed figure, a quoted post. */
const wire: DocumentData = {
  slug: 'ferry-wire',
  file: 'content/documents/ferry-wire.txt',
  date: '2024-06-12',
  title: 'Ministry weighs ferry ban',
  titleIsDerived: false,
  opening: '',
  provenance: null,
  publisher: 'Harbour Wire',
  author: null,
  sourceUrl: null,
  language: 'en',
  sha256: '0'.repeat(64),
  passages: [
    passage(
      'p-weighing',
      'The transport ministry is considering a ban on night ferries, the Coast Ledger reports.',
    ),
    passage('p-no-decision', 'No decision has been made.'),
    passage(
      'p-relayed',
      'Speaking to the Coast Ledger, the minister praised the crews. Last month, the port hired 200 inspectors.',
    ),
    passage('p-signed', 'On June 3, 2024, the port signed a contract with the shipyard.'),
    passage(
      'p-post',
      'As early as next week, the ferry line is preparing to cut its night service. — Jo Lind (@jolind) June 12, 2024',
      {
        kind: 'embed',
        embed: { author: 'Jo Lind', handle: '@jolind', date: '2024-06-12' },
      },
    ),
  ],
};

const event = (fields: Partial<StoredEvent>): StoredEvent => ({
  id: 'event-test',
  title: 'Port signs a contract with the shipyard',
  summary: 'The article says the port signed a contract.',
  date: '2024-06-03',
  precision: 'day',
  openEnded: false,
  dateNote: null,
  status: 'happened',
  category: 'ports',
  citations: [{ ref: 'ferry-wire#p-signed', line: 9 }],
  file: 'content/events/test.yaml',
  line: 1,
  lines: { title: 2, summary: 3, date: 4, status: 5 },
  ...fields,
});
const cite = (...ids: string[]) => ids.map((id, i) => ({ ref: `ferry-wire#${id}`, line: 9 + i }));
const problems = (fields: Partial<StoredEvent>) =>
  checkEvents([event(fields)], [wire]).map((p) => `${p.line}: ${p.message}`);

describe('a curated event no surer than its passages', () => {
  it('passes when the passage gives the date, at that precision, and the status fits', () => {
    expect(problems({})).toEqual([]);
  });

  it('refuses a date finer than the words, or one the passage does not give', () => {
    expect(
      problems({
        date: '2024-05-14',
        title: 'The port hired 200 inspectors, the article says',
        dateNote: 'Counted from the article’s date.',
        citations: cite('p-relayed'),
      }),
    ).toEqual([
      '4: the date 2024-05-14 (day) is not given by the passages the event cites; they give “Last month” (month from 2024-05-01)',
    ]);
    expect(problems({ date: '2024-06-04' })[0]).toMatch(/^4: the date 2024-06-04 \(day\) is not given/);
  });

  it('asks how a date read from words without a year was counted', () => {
    const relayed = { date: '2024-05-01', precision: 'month' as const, citations: cite('p-relayed') };
    expect(problems({ ...relayed, title: 'The port hired 200 inspectors, the article says' })).toEqual([
      '4: the date comes from “Last month” in ferry-wire#p-relayed, which names no year and is counted from 2024-06-12',
    ]);
    expect(
      problems({
        ...relayed,
        title: 'The port hired 200 inspectors, the article says',
        dateNote: 'Counted from June 12, 2024.',
      }),
    ).toEqual([]);
  });

  it('a reporting verb in the passage: the title must attribute the claim', () => {
    const relayed = {
      date: '2024-05-01',
      precision: 'month' as const,
      citations: cite('p-relayed'),
      dateNote: 'Counted.',
    };
    expect(problems({ ...relayed, title: 'The port hired 200 inspectors' })).toEqual([
      '2: the passages attribute the claim (“Speaking to”), but the title states it as fact',
    ]);
  });

  it('“as early as” makes the date open-ended and the status planned', () => {
    const post = {
      title: 'Ferry line preparing night cuts as of June 12, 2024, a post says',
      date: '2024-06-17',
      precision: 'week' as const,
      dateNote: 'Counted from the post’s date.',
      citations: cite('p-post'),
    };
    expect(problems({ ...post, status: 'happened' })).toEqual([
      '4: “as early as next week” gives the earliest date, not a week-long span',
      '5: the passages say it is still to come (“As early as”), but the status is "happened"',
    ]);
    expect(problems({ ...post, status: 'planned', openEnded: true })).toEqual([]);
  });

  it('“is considering” or “no decision”: under consideration or undecided, and dated “as of”', () => {
    const weighing = {
      title: 'Ministry is considering a night-ferry ban, the Coast Ledger reports',
      summary: 'No decision has been made, the article says.',
      date: null,
      precision: null,
      citations: cite('p-weighing', 'p-no-decision'),
    };
    expect(problems({ ...weighing, status: 'announced' })).toEqual([
      '2: “considering” is a state ferry-wire#p-weighing reports in the present tense, and the text does not say as of when',
      '3: “No decision has been made” is a state ferry-wire#p-weighing reports in the present tense, and the text does not say as of when',
      '5: the passages say the matter is being considered or undecided (“is considering”), but the status is "announced"',
    ]);
    expect(
      problems({
        ...weighing,
        title: 'Ministry is considering a night-ferry ban as of June 12, 2024, the Coast Ledger reports',
        summary: 'As of June 12, 2024, no decision has been made, the article says.',
        status: 'under consideration',
      }),
    ).toEqual([]);
  });

  it('quotations in the title and summary word for word, case included', () => {
    expect(
      problems({
        title: 'Ferry line preparing cuts “as early as next week”, a post says (as of June 12, 2024)',
        date: null,
        precision: null,
        status: 'planned',
        citations: cite('p-post'),
      }),
    ).toEqual([
      '2: the quotation “as early as next week” is not word for word in the passage it cites (ferry-wire#p-post)',
    ]);
  });

  it('the document’s own date needs a note saying so', () => {
    const own = { date: '2024-06-12', citations: cite('p-weighing'), status: 'under consideration' as const };
    const title = 'Ministry is considering a ban as of June 12, 2024, the Coast Ledger reports';
    expect(problems({ ...own, title })).toEqual([
      '4: the date 2024-06-12 is the document’s own date; the passages give no date for the event itself',
    ]);
    expect(problems({ ...own, title, dateNote: 'The article’s date.' })).toEqual([]);
  });
});

describe('timeline data lists every passage an event cites', () => {
  it('in JSON as a passages list and in CSV as one column', () => {
    const entry = buildTimeline([wire], [event({ citations: cite('p-signed', 'p-relayed') })]).find(
      (e) => e.id === 'event-test',
    );
    const data = toPublicEntry(entry!);
    expect(data.passages).toEqual([
      { document: 'ferry-wire', passage: 'p-signed', url: 'documents/ferry-wire.html#p-signed' },
      { document: 'ferry-wire', passage: 'p-relayed', url: 'documents/ferry-wire.html#p-relayed' },
    ]);
    expect(data.passage).toBe('p-signed');
    const [header, row] = timelineCsv([data]).split('\r\n');
    expect(header?.split(',').slice(-4)).toEqual(['passages', 'openEnded', 'dateNote', 'page']);
    expect(row).toContain(',ferry-wire#p-signed ferry-wire#p-relayed,false,');
    expect(row?.endsWith(',timeline.html')).toBe(true);
  });

  it('an open-ended entry has its start, no end, and says so', () => {
    const post = event({
      title: 'Ferry line preparing night cuts as of June 12, 2024, a post says',
      date: '2024-06-17',
      precision: 'week',
      openEnded: true,
      status: 'planned',
      dateNote: 'Counted from the post’s date.',
      citations: cite('p-post'),
    });
    const data = toPublicEntry(buildTimeline([wire], [post]).find((e) => e.id === 'event-test')!);
    expect(data).toMatchObject({
      start: '2024-06-17',
      end: null,
      openEnded: true,
      dateNote: 'Counted from the post’s date.',
    });
  });
});

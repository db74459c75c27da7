import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/timeline/build-timeline';
import type { StoredEvent } from '../../../src/lib/timeline/event-schema';
import { eventsByPassage } from '../../../src/lib/timeline/passage-events';
import { loadDocuments, loadEvents } from './content';

const documents = loadDocuments();
const DOC = 'cia-americas-counternarcotics-mission-center';
const event = (fields: Partial<StoredEvent>): StoredEvent => ({
  id: 'event-test',
  title: 'Test, the article says',
  summary: 'Test summary.',
  date: null,
  precision: null,
  status: 'happened',
  category: 'policy',
  citations: [{ ref: `${DOC}#p-maltz-speaking-nbc-news`, line: 9 }],
  file: 'content/events/test.yaml',
  line: 1,
  openEnded: false,
  dateNote: 'Counted from the article’s date.',
  lines: { title: 2, summary: 3, date: 4, status: 5 },
  ...fields,
});

describe('buildTimeline on the first document', () => {
  const timeline = buildTimeline(documents, loadEvents());

  it('holds the curated events in date order, the undated one last', () => {
    expect(timeline.map((e) => [e.id, e.start, e.end, e.precision, e.status])).toEqual([
      ['event-fto-designation-eight-groups', '2025-02-01', '2025-02-28', 'month', 'happened'],
      ['event-mexico-troops-northern-border', '2025-03-01', '2025-03-31', 'month', 'happened'],
      ['event-cia-mission-center-launch', '2025-04-14', '2025-04-20', 'week', 'planned'],
      ['event-cia-mission-center-announced', '2025-04-15', '2025-04-15', 'day', 'announced'],
      ['event-drone-strikes-under-consideration', null, null, null, 'under consideration'],
    ]);
  });

  it('cites the passages the issue names', () => {
    const cites = Object.fromEntries(timeline.map((e) => [e.id, e.sources.map((s) => s.passage)]));
    expect(cites).toEqual({
      'event-fto-designation-eight-groups': ['p-february-trump-administration-officially'],
      'event-mexico-troops-northern-border': ['p-maltz-speaking-nbc-news'],
      'event-cia-mission-center-launch': ['p-early-week-agency-preparing'],
      'event-cia-mission-center-announced': [
        'p-specifically-cia-establishing-americas',
        'p-early-week-agency-preparing',
      ],
      'event-drone-strikes-under-consideration': [
        'p-part-upcoming-operations-admin',
        'p-no-decision-made-whether',
      ],
    });
    expect(timeline[0]?.sources[0]).toMatchObject({
      document: DOC,
      url: `documents/${DOC}.html#p-february-trump-administration-officially`,
      documentDate: '2025-04-15',
      passageNumber: 7,
    });
  });

  it('keeps what the document says about its dates: the curated dates agree with the detected ones', () => {
    const detected = buildTimeline(documents, []);
    const at = (passage: string, words: string) =>
      detected.find((e) => e.sources[0]?.passage === passage && e.detection?.text === words);
    expect(at('p-february-trump-administration-officially', 'February')).toMatchObject({
      start: '2025-02-01',
      precision: 'month',
    });
    expect(at('p-maltz-speaking-nbc-news', 'Last month')).toMatchObject({
      start: '2025-03-01',
      precision: 'month',
    });
    expect(at('p-early-week-agency-preparing', 'this week')).toMatchObject({
      start: '2025-04-14',
      precision: 'week',
    });
    expect(at('p-early-week-agency-preparing', 'April 15, 2025')).toMatchObject({
      start: '2025-04-15',
      precision: 'day',
    });
  });

  it('lets a curated event replace what was detected in the passages it cites', () => {
    expect(timeline.filter((e) => e.origin === 'detected')).toEqual([]);
    const detected = buildTimeline(documents, []);
    expect(detected.length).toBeGreaterThanOrEqual(4);
    expect(detected.every((e) => e.origin === 'detected' && e.status === null)).toBe(true);
    expect(detected.map((e) => e.id)).toContain(`event-${DOC}-maltz-speaking-nbc-news-last-month`);
  });
});

describe('buildTimeline: detected dates', () => {
  const fixture = loadDocuments('tests/fixtures/site/content');

  it('turns a date in a new document into an entry with its sentence, and no editing', () => {
    const [entry] = buildTimeline(fixture, []);
    expect(entry).toMatchObject({
      id: 'event-port-inspections-port-authority-said-monday-on-monday',
      start: '2024-02-26',
      precision: 'day',
      origin: 'detected',
      status: null,
      category: null,
      summary: 'The port authority said on Monday that inspections would double.',
      detection: { text: 'on Monday', offsetInSentence: 24, reference: '2024-03-02' },
    });
    expect(entry?.sources[0]?.url).toBe('documents/port-inspections.html#p-port-authority-said-monday');
  });

  it('numbers the same words twice in one passage, and keeps ids when other passages change', () => {
    const [doc] = fixture.filter((d) => d.slug === 'port-inspections');
    const twice = {
      ...doc!,
      passages: [
        { id: 'p-new-first', kind: 'paragraph' as const, text: 'It rained in 2019.', line: 1, aliases: [] },
        ...doc!.passages.map((p, i) =>
          i === 0 ? { ...p, text: `${p.text} It said on Monday it agreed.` } : p,
        ),
      ],
    };
    expect(
      buildTimeline([twice], [])
        .map((e) => e.id)
        .sort(),
    ).toEqual([
      'event-port-inspections-new-first-in-2019',
      'event-port-inspections-port-authority-said-monday-on-monday',
      'event-port-inspections-port-authority-said-monday-on-monday-2',
    ]);
  });
});

describe('buildTimeline: bad curated events stop the build with the file, the line and the fix', () => {
  it('a citation of a missing passage', () => {
    const bad = event({ citations: [{ ref: `${DOC}#p-no-such-passage`, line: 9 }] });
    expect(() => buildTimeline(documents, [bad])).toThrow(
      /content\/events\/test\.yaml:9: citation ".*#p-no-such-passage": document ".*" has no passage "p-no-such-passage".*\n {2}Fix: cite a passage as "document-slug#passage-id"/s,
    );
  });

  it('a citation of a missing document, and one that is not a reference at all', () => {
    expect(() => buildTimeline(documents, [event({ citations: [{ ref: 'nowhere#p-x', line: 4 }] })])).toThrow(
      /test\.yaml:4: citation "nowhere#p-x" names document "nowhere", which does not exist/,
    );
    expect(() => buildTimeline(documents, [event({ citations: [{ ref: 'just words', line: 5 }] })])).toThrow(
      /test\.yaml:5: citation "just words" is not of the form "document-slug#passage-id"/,
    );
  });

  it('an id that a detected date already has', () => {
    const fixture = loadDocuments('tests/fixtures/site/content');
    const clash = event({
      id: 'event-port-inspections-port-authority-said-monday-on-monday',
      citations: [{ ref: 'port-inspections#p-no-timetable-set', line: 9 }],
    });
    expect(() => buildTimeline(fixture, [clash])).toThrow(
      /test\.yaml:1: the id ".*" is already the id of a date found in/,
    );
  });

  it('follows passage aliases to the current passage', () => {
    const fixture = loadDocuments('tests/fixtures/site/content');
    const timeline = buildTimeline(fixture, [
      event({ citations: [{ ref: 'port-inspections#p-no-timetable-yet', line: 9 }] }),
    ]);
    const entry = timeline.find((e) => e.id === 'event-test');
    expect(entry?.sources[0]?.passage).toBe('p-no-timetable-set');
  });
});

describe('eventsByPassage', () => {
  it('lists, for each passage of a document, the entries that cite it', () => {
    const byPassage = eventsByPassage(buildTimeline(documents, loadEvents()), DOC);
    expect(byPassage.get('p-early-week-agency-preparing')?.map((e) => e.id)).toEqual([
      'event-cia-mission-center-launch',
      'event-cia-mission-center-announced',
    ]);
    expect(byPassage.get('p-maltz-speaking-nbc-news')).toEqual([
      {
        id: 'event-mexico-troops-northern-border',
        label: expect.stringMatching(/^March 2025: Mexico deployed 10,000 troops to its northern border/),
      },
    ]);
    expect(byPassage.has('p-drug-trafficker-savvy-sophisticated')).toBe(false);
    expect(eventsByPassage(buildTimeline(documents, loadEvents()), 'other-document').size).toBe(0);
  });

  it('labels a detected date by its words', () => {
    const fixture = loadDocuments('tests/fixtures/site/content');
    const byPassage = eventsByPassage(buildTimeline(fixture, []), 'port-inspections');
    expect(byPassage.get('p-port-authority-said-monday')?.[0]?.label).toBe('February 26, 2024: “on Monday”');
  });
});

import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/lib/timeline/build-timeline';
import { toChartItem } from '../../src/lib/timeline/chart-items';
import { timeScale } from '../../src/lib/timeline/d3-time-scale';
import { whenOf } from '../../src/lib/timeline/entry-view';
import { fullDomain } from '../../src/lib/timeline/timeline-scale';
import { buildScene, type SceneNode } from '../../src/lib/timeline/timeline-scene';
import { type BuildResult, buildSite, projectRoot } from '../helpers/build-site';
import { loadDocuments, loadEvents } from '../lib/timeline/content';
import { sceneMarkup } from '../lib/timeline/svg-markup';

const FIXTURE = 'tests/fixtures/site/content';
const fixture = join(projectRoot, FIXTURE);
const DATED = `date 2024-03-09
On March 3, 2024 the sign at the gate read <b>closed</b> & <script>alert(1)</script> for a day.

Inspectors were sent two days ago.
`;

let build: BuildResult;
let dated: BuildResult;

/** The fixture's content, with extra files, in a folder of its own. */
async function contentWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'explainer-timeline-'));
  await cp(fixture, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

beforeAll(async () => {
  // One after the other: the machine's two cores are shared.
  build = await buildSite(fixture);
  dated = await buildSite(await contentWith({ 'documents/gate-notice.txt': DATED }));
  if (!build.ok) throw new Error(`fixture build failed:\n${build.output}`);
  if (!dated.ok) throw new Error(`build with a dated document failed:\n${dated.output}`);
});

const read = (path: string, from = build) => readFile(join(from.outDir, path), 'utf8');
const page = async (path: string, from = build) => parseHTML(await read(path, from)).document;

interface Row {
  id: string;
  start: string | null;
  end: string | null;
  precision: string | null;
  status: string | null;
  category: string | null;
  title: string;
  summary: string;
  origin: string;
  document: string;
  passage: string;
  url: string;
  passages: { document: string; passage: string; url: string }[];
  openEnded: boolean;
  dateNote: string | null;
  page: string;
}

/** RFC 4180, enough to read back what the build wrote: every field ends in a comma or CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  for (const m of text.matchAll(/(?:"((?:[^"]|"")*)"|([^,\r\n"]*))(,|\r\n)/g)) {
    row.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''));
    if (m[3] === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

describe('timeline.json and timeline.csv', () => {
  it('hold every entry in the documented shape, by date, undated last', async () => {
    const { entries } = JSON.parse(await read('data/timeline.json')) as { entries: Row[] };
    expect(entries.map((e) => Object.keys(e))).toEqual(
      entries.map(() => [
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
      ]),
    );
    // A dozen entries or fewer: all of them on timeline.html.
    expect(entries.map((e) => e.page)).toEqual(entries.map(() => 'timeline.html'));
    expect(entries.map((e) => [e.id, e.start, e.end, e.precision, e.status, e.origin])).toEqual([
      [
        'event-port-inspections-port-authority-said-monday-on-monday',
        '2024-02-26',
        '2024-02-26',
        'day',
        null,
        'detected',
      ],
      ['event-director-not-rushed', '2024-03-02', '2024-03-02', 'day', 'announced', 'curated'],
      ['event-no-timetable-for-inspections', null, null, null, 'undecided', 'curated'],
    ]);
    expect(entries[2]).toMatchObject({
      document: 'port-inspections',
      passage: 'p-no-timetable-set',
      url: 'documents/port-inspections.html#p-no-timetable-set',
      category: 'ports',
    });
    expect(entries[0]?.summary).toBe('The port authority said on Monday that inspections would double.');
    expect(entries[2]?.passages).toEqual([
      {
        document: 'port-inspections',
        passage: 'p-no-timetable-set',
        url: 'documents/port-inspections.html#p-no-timetable-set',
      },
    ]);
    expect(entries[1]).toMatchObject({
      openEnded: false,
      dateNote: expect.stringMatching(/^The report’s own date/),
    });
  });

  it('the CSV has the same rows, nulls as empty fields', async () => {
    const { entries } = JSON.parse(await read('data/timeline.json')) as { entries: Row[] };
    const [header, ...rows] = parseCsv(await read('data/timeline.csv'));
    expect(header).toEqual(Object.keys(entries[0] ?? {}));
    // Passages are `document#passage` refs joined by spaces; a flag is written out.
    const cell = (v: unknown) =>
      Array.isArray(v)
        ? v.map((p: { document: string; passage: string }) => `${p.document}#${p.passage}`).join(' ')
        : typeof v === 'boolean'
          ? String(v)
          : (v ?? '');
    expect(rows).toEqual(entries.map((e) => Object.values(e).map(cell)));
  });
});

describe('the timeline page', () => {
  it('gives every entry its anchor, written-out date, self-link and a link to its passage', async () => {
    const doc = await page('timeline.html');
    const { entries } = JSON.parse(await read('data/timeline.json')) as { entries: Row[] };
    for (const entry of entries) {
      const li = doc.getElementById(entry.id);
      expect(li?.tagName, entry.id).toBe('LI');
      expect(li?.querySelector('a[data-self-link]')?.getAttribute('href')).toBe(`#${entry.id}`);
      expect(
        [...(li?.querySelectorAll('.tl-entry-sources a') ?? [])].map((a) => a.getAttribute('href')),
      ).toContain(entry.url);
    }
    const when = (id: string) => doc.getElementById(id)?.querySelector('.tl-entry-when');
    expect(when('event-director-not-rushed')?.textContent).toBe('March 2, 2024');
    expect(when('event-director-not-rushed')?.getAttribute('datetime')).toBe('2024-03-02');
    expect(when('event-no-timetable-for-inspections')?.textContent).toBe('Undated (as of March 2, 2024)');
    const monday = doc.getElementById('event-port-inspections-port-authority-said-monday-on-monday');
    expect(monday?.querySelector('.tl-badge-status')?.textContent).toBe('Detected in the text, not reviewed');
    expect(monday?.querySelector('h4 q mark')?.textContent).toBe('on Monday');
    expect(monday?.querySelector('.tl-entry-note')?.textContent).toBe(
      '“on Monday” is counted from the document’s date, March 2, 2024.',
    );
  });

  it('writes exactly the scene the layout computes, inside <explainer-timeline>', async () => {
    const doc = await page('timeline.html');
    const svg = doc.querySelector('explainer-timeline svg.tl-svg');
    const toScene = (el: Element): SceneNode => {
      const children = [...el.children].map(toScene);
      const node: SceneNode = { tag: el.tagName.toLowerCase(), attrs: {} };
      for (const a of el.attributes) node.attrs[a.name] = a.value;
      if (children.length) node.children = children;
      else if (el.textContent) node.text = el.textContent;
      return node;
    };
    const items = buildTimeline(loadDocuments(FIXTURE), loadEvents(FIXTURE)).map((e) =>
      toChartItem(e, whenOf(e)),
    );
    const expected = buildScene(items, { width: 1000, view: fullDomain(items), scale: timeScale }).svg;
    expect(svg).not.toBeNull();
    expect(sceneMarkup(toScene(svg as Element))).toBe(sceneMarkup(expected));
  });

  it('is in the navigation of every page, current on its own', async () => {
    const nav = (d: Document) => d.querySelector('.site-nav a[href$="timeline.html"]');
    expect(nav(await page('timeline.html'))?.getAttribute('aria-current')).toBe('page');
    expect(nav(await page('documents/port-inspections.html'))?.getAttribute('href')).toBe('../timeline.html');
  });

  it('links its data files, and loads its script on the first interaction, through a deferred loader', async () => {
    const doc = await page('timeline.html');
    expect(doc.querySelector('a[href="data/timeline.json"]')).not.toBeNull();
    expect(doc.querySelector('a[href="data/timeline.csv"]')).not.toBeNull();
    expect(doc.querySelector('script[src$="timeline.js"]')).toBeNull();
    const loader = doc.querySelector('script[data-script$="timeline.js"]');
    expect(loader?.getAttribute('src')).toBe('scripts/on-interaction.js');
    expect(loader?.getAttribute('data-script')).toBe('scripts/timeline.js');
    expect(loader?.getAttribute('data-replay')).toBe('explainer-timeline');
    expect(loader?.hasAttribute('defer')).toBe(true);
  });
});

describe('source pages link back to the timeline', () => {
  it('from each passage an entry cites, to the entry’s anchor', async () => {
    const doc = await page('documents/port-inspections.html');
    const links = (id: string) =>
      [...(doc.getElementById(id)?.querySelectorAll('.passage-events a') ?? [])].map((a) =>
        a.getAttribute('href'),
      );
    expect(links('p-not-rushed-director-told')).toEqual(['../timeline.html#event-director-not-rushed']);
    expect(links('p-no-timetable-set')).toEqual(['../timeline.html#event-no-timetable-for-inspections']);
    expect(links('p-port-authority-said-monday')).toEqual([
      '../timeline.html#event-port-inspections-port-authority-said-monday-on-monday',
    ]);
    expect(links('p-harbour-cranes-dawn')).toEqual([]);
  });
});

describe('a new document with dates', () => {
  it('gets timeline entries with no editing, its text escaped everywhere', async () => {
    const { entries } = JSON.parse(await read('data/timeline.json', dated)) as { entries: Row[] };
    const gate = entries.filter((e) => e.document === 'gate-notice');
    expect(gate.map((e) => [e.start, e.precision, e.origin])).toEqual([
      ['2024-03-03', 'day', 'detected'],
      ['2024-03-07', 'day', 'detected'],
    ]);
    const html = await read('timeline.html', dated);
    expect(html).not.toContain('<b>closed</b>');
    expect(html).not.toContain('<script>alert(1)</script>');
    const doc = parseHTML(html).document;
    const li = doc.getElementById(gate[0]?.id ?? '');
    expect(li?.querySelector('.tl-entry-sentence')?.textContent).toBe(
      'On March 3, 2024 the sign at the gate read <b>closed</b> & <script>alert(1)</script> for a day.',
    );
    expect(li?.querySelector('.tl-entry-sentence mark')?.textContent).toBe('March 3, 2024');
    expect(doc.querySelectorAll('explainer-timeline script, .tl-entry b')).toHaveLength(0);
    const title = [...doc.querySelectorAll('svg.tl-svg title')]
      .map((t) => t.textContent)
      .find((t) => t?.includes('sign'));
    expect(title).toContain('<b>closed</b>');
  });
});

describe('bad events stop the build, naming the file, the line and the fix', () => {
  it('a citation of a passage that does not exist', async () => {
    const result = await buildSite(
      await contentWith({
        'events/bad-citation.yaml':
          'id: event-bad\ntitle: Bad\nsummary: Bad.\ndate: 2024-03\nstatus: happened\ncategory: ports\ncitations:\n  - port-inspections#p-no-timetable-set\n  - port-inspections#p-no-such-passage\n',
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /events\/bad-citation\.yaml:9: citation "port-inspections#p-no-such-passage": document "port-inspections" has no passage "p-no-such-passage"/,
    );
    expect(result.output).toMatch(/Fix: cite a passage as "document-slug#passage-id"/);
  });

  it('two events with one id', async () => {
    const twin = await readFile(join(fixture, 'events/director-not-rushed.yaml'), 'utf8');
    const result = await buildSite(await contentWith({ 'events/zz-twin.yaml': twin }));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /events\/zz-twin\.yaml:1: the id "event-director-not-rushed" is already that of .*events\/director-not-rushed\.yaml/,
    );
  });

  it('a field with a wrong value', async () => {
    const result = await buildSite(
      await contentWith({
        'events/bad-status.yaml':
          'id: event-bad\ntitle: Bad\nsummary: Bad.\nstatus: rumoured\ncategory: ports\ncitations:\n  - port-inspections#p-no-timetable-set\n',
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/events\/bad-status\.yaml:4: event field "status"/);
  });
});

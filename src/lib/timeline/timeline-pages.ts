import { shardCount } from '../links/moved-ids';
import { paths } from '../site/paths';
import type { TimelineEntry } from './timeline-entry';

/**
 * How the timeline is spread over pages. Up to `ON_PAGE` entries, all of them are on
 * `timeline.html`. Past that, the page keeps the editors' events and an overview of the
 * detected dates, counted by year; each year has a page of its months, `timeline/YYYY.html`,
 * and each month's detected dates are on a page of their own, `timeline/YYYY-MM.html`
 * (`-2`, `-3` … when a month has more than `PER_PAGE`), so no page
 * grows with the corpus. Ids never change; an id no longer on `timeline.html` is found
 * through a map of ids to pages, split into shards so a reader loads only one.
 */
export const ON_PAGE = 12;
export const PER_PAGE = 20;

/** A page of detected dates. */
export interface PeriodPage {
  /** The file's name without `.html`: `2025-04`, `2025-04-2`, `undated`. */
  key: string;
  /** The month, `YYYY-MM`, or `undated`. */
  period: string;
  /** Its place among the month's pages, from 1, and how many the month has. */
  part: number;
  parts: number;
  entries: TimelineEntry[];
}

/** The detected dates of one month, as the overview counts them. */
export interface PeriodCount {
  period: string;
  count: number;
  /** The key of the month's first page. */
  key: string;
}

/** A year of detected dates: the overview on `timeline.html` lists these, each with its page of months. */
export interface YearCount {
  /** `YYYY`, or `undated`, whose one page is linked directly. */
  year: string;
  count: number;
  months: PeriodCount[];
  /** The page the overview links to: the year's page of months, or the undated dates' page. */
  key: string;
}

export interface TimelinePages {
  /** The entries `timeline.html` shows. */
  onPage: TimelineEntry[];
  pages: PeriodPage[];
  /** By year, each with its months, in date order, undated last. */
  years: YearCount[];
  /** The page key of every entry moved off `timeline.html`. */
  pageOf: Map<string, string>;
  /** How many shards the id map has (a power of two; 0 when nothing moved). */
  shards: number;
}

const periodOf = (e: TimelineEntry) => (e.start ? e.start.slice(0, 7) : 'undated');

const made = new WeakMap<readonly TimelineEntry[], TimelinePages>();

/** Splits the timeline into the page a reader opens and the pages of detected dates (once per timeline). */
export function timelinePages(entries: readonly TimelineEntry[]): TimelinePages {
  const known = made.get(entries);
  if (known) return known;
  const layout = splitTimeline(entries);
  made.set(entries, layout);
  return layout;
}

function splitTimeline(entries: readonly TimelineEntry[]): TimelinePages {
  if (entries.length <= ON_PAGE) {
    return { onPage: [...entries], pages: [], years: [], pageOf: new Map(), shards: 0 };
  }
  const onPage = entries.filter((e) => e.origin === 'curated');
  const byPeriod = Map.groupBy(
    entries.filter((e) => e.origin !== 'curated'),
    periodOf,
  );
  const periods = [...byPeriod.keys()].sort((a, b) =>
    a === 'undated' ? 1 : b === 'undated' ? -1 : a.localeCompare(b),
  );
  const pages: PeriodPage[] = [];
  const counts: PeriodCount[] = [];
  const pageOf = new Map<string, string>();
  for (const period of periods) {
    const all = byPeriod.get(period) ?? [];
    const parts = Math.ceil(all.length / PER_PAGE);
    counts.push({ period, count: all.length, key: period });
    for (let part = 1; part <= parts; part++) {
      const key = part === 1 ? period : `${period}-${part}`;
      const slice = all.slice((part - 1) * PER_PAGE, part * PER_PAGE);
      for (const e of slice) pageOf.set(e.id, key);
      pages.push({ key, period, part, parts, entries: slice });
    }
  }
  const byYear = Map.groupBy(counts, (c) => (c.period === 'undated' ? c.period : c.period.slice(0, 4)));
  const years = [...byYear].map(([year, months]) => ({
    year,
    count: months.reduce((n, m) => n + m.count, 0),
    months,
    key: year,
  }));
  return { onPage, pages, years, pageOf, shards: shardCount(pageOf.size) };
}

/** Root-relative URL of a page of detected dates, and of a shard of the id map. */
export const PERIOD_DIR = 'timeline/';
export const SHARD_DIR = 'timeline/ids/';
export const periodPath = (key: string) => `${PERIOD_DIR}${key}.html`;
export const shardPath = (shard: number) => `${SHARD_DIR}${shard}.js`;

/** The page that lists an entry: its month's page once moved, else `timeline.html`. */
export function entryPage(id: string, layout: Pick<TimelinePages, 'pageOf'>): string {
  const key = layout.pageOf.get(id);
  return key ? periodPath(key) : paths.timeline;
}

/** Where an event is: its anchor on the page that lists it. */
export const eventPath = (id: string, layout: Pick<TimelinePages, 'pageOf'>): string =>
  `${entryPage(id, layout)}#${id}`;

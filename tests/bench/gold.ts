// Precision and recall of passage kinds, detected dates and entity mentions against the
// hand-written gold of tests/fixtures/articles. Runs in `npm run bench`, or alone:
// node --import ./tests/bench/resolve-ts.mjs tests/bench/gold.ts
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../src/lib/documents/parse-document.ts';
import { assignPassageIds } from '../../src/lib/documents/passage-ids.ts';
import { createMentionFinder } from '../../src/lib/entities/find-mentions.ts';
import { parseEntity } from '../../src/lib/entities/parse-entity.ts';
import { detectEvents } from '../../src/lib/timeline/detect-events.ts';

const dir = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

type GoldDate = [number, string, string, string];
type GoldName = [number, string, string];
interface GoldDocument {
  kinds: string[];
  dates: GoldDate[];
  names: GoldName[];
  traps: [number, string][];
}

export interface Score {
  found: number;
  expected: number;
  right: number;
  precision: number;
  recall: number;
}

export interface GoldReport {
  kinds: { passages: number; right: number; accuracy: number };
  dates: Score;
  mentions: Score & { trapsLinked: number };
  misses: string[];
}

const score = (found: number, expected: number, right: number): Score => ({
  found,
  expected,
  right,
  precision: found === 0 ? 1 : Number((right / found).toFixed(3)),
  recall: expected === 0 ? 1 : Number((right / expected).toFixed(3)),
});
const words = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Takes one expected item out of the list when a found one matches it. */
function take<T>(list: T[], matches: (item: T) => boolean): boolean {
  const i = list.findIndex(matches);
  if (i < 0) return false;
  list.splice(i, 1);
  return true;
}

export async function measureGold(): Promise<GoldReport> {
  const gold = JSON.parse(await readFile(join(dir, 'gold.json'), 'utf8')).documents as Record<
    string,
    GoldDocument
  >;
  const entityDir = join(dir, 'entities');
  const entities = await Promise.all(
    (await readdir(entityDir)).map(async (f) => parseEntity(await readFile(join(entityDir, f), 'utf8'), f)),
  );
  const find = createMentionFinder(entities);
  const misses: string[] = [];
  const kinds = { passages: 0, right: 0, accuracy: 0 };
  const dates = { found: 0, expected: 0, right: 0 };
  const mentions = { found: 0, expected: 0, right: 0, trapsLinked: 0 };

  for (const [slug, expected] of Object.entries(gold)) {
    const bytes = await readFile(join(dir, `${slug}.txt`));
    const sidecarSource = await readFile(join(dir, `${slug}.meta.yaml`), 'utf8').catch(() => undefined);
    const parsed = parseDocument({
      file: `${slug}.txt`,
      bytes,
      sidecar: sidecarSource === undefined ? undefined : { file: `${slug}.meta.yaml`, source: sidecarSource },
    });
    const doc = { ...parsed, slug, file: `${slug}.txt` };
    const index = new Map(doc.passages.map((p, i) => [p.id, i]));

    doc.passages.forEach((p, i) => {
      kinds.passages++;
      if (p.kind === expected.kinds[i]) kinds.right++;
      else
        misses.push(`kind ${slug}[${i}]: ${p.kind}, expected ${expected.kinds[i]}: ${p.text.slice(0, 50)}`);
    });

    const wantedDates = [...expected.dates];
    dates.expected += wantedDates.length;
    for (const event of detectEvents(doc)) {
      const at = index.get(event.sources[0]?.passage ?? '') ?? -1;
      const text = words(event.detection?.text ?? '');
      dates.found++;
      const ok = take(
        wantedDates,
        ([p, w, start, precision]) =>
          p === at &&
          start === event.start &&
          precision === event.precision &&
          (words(w).includes(text) || text.includes(words(w))),
      );
      if (ok) dates.right++;
      else misses.push(`date ${slug}[${at}]: “${text}” → ${event.start} ${event.precision} (not in gold)`);
    }
    for (const [p, w, start, precision] of wantedDates) {
      misses.push(`date ${slug}[${p}]: “${w}” → ${start} ${precision} missed`);
    }

    const wantedNames = [...expected.names];
    mentions.expected += wantedNames.length;
    doc.passages.forEach((passage, i) => {
      for (const span of find(passage.text)) {
        const text = words(passage.text.slice(span.start, span.end));
        mentions.found++;
        if (take(wantedNames, ([p, w, id]) => p === i && id === span.id && words(w) === text)) {
          mentions.right++;
        } else {
          misses.push(`name ${slug}[${i}]: “${text}” → ${span.id} (not in gold)`);
        }
        for (const [p, trap] of expected.traps) {
          const at = passage.text.indexOf(trap);
          if (p === i && at >= 0 && span.start < at + trap.length && span.end > at) {
            mentions.trapsLinked++;
            misses.push(`trap ${slug}[${i}]: “${trap}” linked to ${span.id}`);
          }
        }
      }
    });
    for (const [p, w, id] of wantedNames) misses.push(`name ${slug}[${p}]: “${w}” → ${id} missed`);
  }
  kinds.accuracy = Number((kinds.right / kinds.passages).toFixed(3));
  return {
    kinds,
    dates: score(dates.found, dates.expected, dates.right),
    mentions: {
      ...score(mentions.found, mentions.expected, mentions.right),
      trapsLinked: mentions.trapsLinked,
    },
    misses,
  };
}

/** Milliseconds to give ids to ten thousand identical passages (an advertisement marker pasted over and over). */
export function measureRepeatedIds(count = 10_000): number {
  const started = performance.now();
  assignPassageIds(Array.from({ length: count }, () => 'Advertisement'));
  return Math.round(performance.now() - started);
}

/** The gold figures as printed by `npm run bench`. */
export function printGold(report: GoldReport): void {
  console.log('Against the gold of tests/fixtures/articles');
  console.table({
    kinds: { right: report.kinds.right, of: report.kinds.passages, accuracy: report.kinds.accuracy },
    dates: {
      right: report.dates.right,
      found: report.dates.found,
      of: report.dates.expected,
      precision: report.dates.precision,
      recall: report.dates.recall,
    },
    mentions: {
      right: report.mentions.right,
      found: report.mentions.found,
      of: report.mentions.expected,
      precision: report.mentions.precision,
      recall: report.mentions.recall,
      trapsLinked: report.mentions.trapsLinked,
    },
  });
  console.log(`Ids for 10,000 identical passages: ${measureRepeatedIds()} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = await measureGold();
  printGold(report);
  if (process.argv.includes('--misses')) for (const m of report.misses) console.log(m);
}

import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, interact } from '../helpers/browser.ts';
import { buildOrFail } from '../helpers/build-site.ts';
import { ensureChromium } from '../helpers/find-chromium.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { generateCorpus } from './corpus.ts';
import { measurePageWeight } from './page-weight.ts';

export interface TimelineFigures {
  /** Entries in data/timeline.json: curated and detected. */
  events: number;
  /** Of those, the ones timeline.html itself lists (the rest are on their month's page). */
  onPage: number;
  /** First contentful paint of timeline.html over localhost, in ms. */
  firstPaintMs: number;
  /** HTML, CSS and JS timeline.html loads before the reader does anything, gzip bytes. */
  pageGzip: number;
  /** Elements in the SVG the build wrote, before any script runs. */
  svgElements: number;
  scriptGzip: number;
  /** From a zoom or pan input to the frame after the redraw has painted, in ms. */
  zoomMs: { median: number; p95: number; max: number };
  panMs: { median: number; p95: number; max: number };
  /**
   * The page's main-thread CPU time per zoom or pan frame (script, style, layout, paint), from a
   * Chromium performance trace: the work itself, which a busy machine does not stretch as it
   * stretches the wall-clock figures above.
   */
  zoomCpuMs: number;
  panCpuMs: number;
}

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) =>
    Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1));
  return { median: at(0.5), p95: at(0.95), max: at(1) };
};

interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Runs `act` under a Chromium performance trace (CDP `Tracing`) and returns the CPU time, in ms,
 * of the tasks the page's main thread ran meanwhile.
 */
async function traced(page: Page, act: () => Promise<unknown>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'toplevel'] },
  });
  await act();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  // Every renderer's main thread is in the trace; the page's is the one that worked the most.
  // Chromium names top-level tasks one way or the other, by version: either name covers them all.
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => e.tid),
  );
  const cpu = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !mains.has(e.tid) || !/^(ThreadControllerImpl::)?RunTask$/.test(e.name)) continue;
    const key = `${e.tid} ${e.name}`;
    cpu.set(key, (cpu.get(key) ?? 0) + (e.tdur ?? 0) / 1000);
  }
  return Math.max(0, ...cpu.values());
}

/**
 * The timeline page of a built site in Chromium: the size of what the build
 * drew, of the script, and how long a zoom (Ctrl + wheel) or a pan (sideways
 * wheel) takes to reach the screen. Undefined when the site has no timeline.
 */
export async function measureTimeline(dist: string, rounds = 40): Promise<TimelineFigures | undefined> {
  if (!existsSync(join(dist, 'timeline.html'))) return undefined;
  const html = await readFile(join(dist, 'timeline.html'), 'utf8');
  const svg = html.slice(
    html.indexOf('<svg class="tl-svg'),
    html.indexOf('</svg>', html.indexOf('<svg class="tl-svg')),
  );
  const events = (
    JSON.parse(await readFile(join(dist, 'data/timeline.json'), 'utf8')) as { entries: unknown[] }
  ).entries.length;
  const scriptGzip = gzipSync(await readFile(join(dist, 'scripts/timeline.js'))).length;
  const onPage = (html.match(/<li\s+id="event-/g) ?? []).length;
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const pageGzip = (await measurePageWeight(browser, server.url, 'timeline.html')).totalGzip;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/timeline.html`, { waitUntil: 'load' });
    const firstPaintMs = await page.evaluate(() =>
      Number((performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN).toFixed(1)),
    );
    await interact(page);
    await page.waitForSelector('explainer-timeline[data-ready]');
    const run = (kind: 'zoom' | 'pan') =>
      page.evaluate(
        async ({ kind, rounds }) => {
          const viewport = document.querySelector('.tl-viewport') as HTMLElement;
          const box = viewport.getBoundingClientRect();
          const times: number[] = [];
          const painted = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          for (let i = 0; i < rounds; i++) {
            const inward = Math.floor(i / 8) % 2 === 0;
            const t0 = performance.now();
            viewport.dispatchEvent(
              new WheelEvent('wheel', {
                bubbles: true,
                cancelable: true,
                clientX: box.left + box.width * (0.3 + (i % 5) * 0.1),
                clientY: box.top + 60,
                ctrlKey: kind === 'zoom',
                deltaX: kind === 'pan' ? (inward ? 120 : -120) : 0,
                deltaY: kind === 'zoom' ? (inward ? -240 : 240) : 0,
              }),
            );
            await painted();
            times.push(performance.now() - t0);
          }
          return times;
        },
        { kind, rounds },
      );
    await run('zoom');
    const zoom = await run('zoom');
    const zoomCpuMs = (await traced(page, () => run('zoom'))) / rounds;
    await page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-zoom="in"]')?.click());
    const pan = await run('pan');
    const panCpuMs = (await traced(page, () => run('pan'))) / rounds;
    return {
      events,
      onPage,
      firstPaintMs,
      pageGzip,
      svgElements: (svg.match(/<[a-z]/g) ?? []).length,
      scriptGzip,
      zoomMs: summary(zoom),
      panMs: summary(pan),
      zoomCpuMs: Number(zoomCpuMs.toFixed(2)),
      panCpuMs: Number(panCpuMs.toFixed(2)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * `node tests/bench/timeline.ts DIST` measures a built site; with no folder it builds the real
 * content plus a corpus dense in dates (`--documents N`, 1,070 by default: about 30,000
 * detected dates) and measures that.
 */
if (import.meta.main) {
  const args = process.argv.slice(2);
  let dist = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  if (!dist) {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const documents = Number(args[args.indexOf('--documents') + 1]) || 1070;
    await mkdir(join(root, 'tests', '.tmp'), { recursive: true });
    const work = await mkdtemp(join(root, 'tests', '.tmp', 'bench-timeline-'));
    const content = join(work, 'content');
    await cp(join(root, 'content'), content, { recursive: true });
    await generateCorpus(join(content, 'documents'), documents, { dateShare: 1 });
    const started = performance.now();
    dist = (await buildOrFail(content, { cacheDir: join(work, 'cache') })).outDir;
    console.log({
      documents: documents + 1,
      buildSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    });
  }
  console.log(await measureTimeline(dist));
}

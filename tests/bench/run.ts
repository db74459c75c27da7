// `npm run bench`: builds synthetic corpora and the real site, and prints what they cost.
// `npm run bench -- --only pages`: the real site's reader targets alone (Lighthouse in both
// presets, layout shift after the first interaction, horizontal scrolling at 320 px), no corpora;
// with BENCH_DIST=dist it measures that build instead of making one.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../helpers/find-chromium.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { measureAstroFloor } from './astro-floor.ts';
import { generateCorpus } from './corpus.ts';
import { measureGold, printGold } from './gold.ts';
import { type LighthousePreset, runLighthouse } from './lighthouse.ts';
import { measureBuild } from './measure-build.ts';
import { measureMentions } from './mentions.ts';
import { measureOfflineAndSharing } from './offline-and-sharing.ts';
import { PAGE_BUDGET, pageCosts } from './page-budget.ts';
import { everyPage, measurePageTargets } from './page-targets.ts';
import { measurePageWeight } from './page-weight.ts';
import { measureRebuilds } from './rebuilds.ts';
import { measureSearch } from './search.ts';
import { comparePeer, corpusContent, summarisePeer } from './starlight-peer.ts';
import { measureTimeline } from './timeline.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
// `npm run bench -- 100 1000 10000`: corpus sizes (default 100 and 1,000; 10,000 only when asked,
// built once, last). `--pairs=N`: alternating build pairs against Starlight per corpus (default 3; 0 skips).
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const sizes = args.map(Number).filter(Boolean);
const corpusSizes = (sizes.length ? sizes : [100, 1000]).sort((a, b) => a - b);
const pairs = Number(args.find((a) => a.startsWith('--pairs='))?.slice('--pairs='.length) ?? 3);
/** Sizes up to this are built before the rebuilds and the peer comparison; larger ones after them. */
const PEER_SIZE = 1000;
// Inside the project: Astro shares one `.astro/` between builds whose output lies outside it.
await mkdir(join(root, 'tests', '.tmp'), { recursive: true });
const work = await mkdtemp(join(root, 'tests', '.tmp', 'bench-'));

/** A measurement that fails is reported as such; the other figures still count. */
async function attempt<T>(measure: () => Promise<T>): Promise<T | { failed: string }> {
  try {
    return await measure();
  } catch (error) {
    return { failed: String((error as Error).message).split('\n')[0] ?? 'failed' };
  }
}

/** Bytes of a build, its pages, and its three heaviest pages before interaction (HTML and what it loads). */
async function folderStats(dir: string) {
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  const costs = await pageCosts(dir);
  const over = costs.filter((c) => c.totalGzip > PAGE_BUDGET).length;
  // The pages that list the corpus, each kind's heaviest (costs are heaviest first).
  const kinds = [
    /^documents\.html$/,
    /^documents\/month\//,
    /^entities\.html$/,
    /^entities\/[^/]+\.html$/,
    /^entities\/.+\/page-/,
  ];
  const indexes = kinds.flatMap((kind) => costs.find((c) => kind.test(c.page)) ?? []);
  return { bytes, pages: costs.length, over, heaviest: costs.slice(0, 3), indexes };
}

async function buildCorpus(name: string, documents: number) {
  const content = join(work, name, 'content');
  await cp(join(root, 'content'), content, { recursive: true });
  if (documents > 0) await generateCorpus(join(content, 'documents'), documents);
  const outDir = join(work, name, 'dist');
  const cacheDir = join(work, name, 'cache');
  const figures = await measureBuild(root, content, outDir, cacheDir);
  if (!figures.ok) throw new Error(`build of ${name} failed:\n${figures.output}`);
  const { bytes, pages, over, heaviest, indexes } = await folderStats(outDir);
  // As it happens: a long run shows its figures before the browser measurements that follow.
  console.log(
    `${name}: ${figures.seconds.toFixed(1)} s, peak ${Math.round(figures.peakRssMB)} MB, ${pages} pages`,
  );
  return {
    content,
    cacheDir,
    name,
    documents: documents + 1,
    seconds: Number(figures.seconds.toFixed(2)),
    pagesPerSecond: Math.round(pages / figures.seconds),
    peakRssMB: Math.round(figures.peakRssMB),
    pages,
    pagesOverBudget: over,
    distMB: Number((bytes / 1024 / 1024).toFixed(2)),
    heaviest,
    indexes,
    outDir,
  };
}

/** Representative pages of a build: home, the first chapter, the timeline, the first source page and search. */
async function samplePages(dist: string): Promise<string[]> {
  const pages = ['index.html'];
  const readJson = async (path: string) =>
    JSON.parse(await readFile(join(dist, path), 'utf8').catch(() => '{}'));
  const chapter = (await readJson('data/explainer.json')).chapters?.[0]?.url;
  if (chapter) pages.push(chapter);
  if (await stat(join(dist, 'timeline.html')).catch(() => null)) pages.push('timeline.html');
  const source = (await readJson('data/documents.json')).documents?.[0]?.url;
  if (source) pages.push(source);
  if (await stat(join(dist, 'search.html')).catch(() => null)) pages.push('search.html');
  return pages;
}

const PRESETS: LighthousePreset[] = ['mobile', 'desktop'];

/** The reader targets of one build: Lighthouse in both presets on its sample pages, and every page's fit and stability. */
async function readerTargets(chromePath: string, dist: string) {
  const server = await serveStatic(dist);
  try {
    const browser = await chromium.launch({
      executablePath: chromePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    const targets = await measurePageTargets(browser, server.url, await everyPage(dist));
    await browser.close();
    const pages = await samplePages(dist);
    const lighthouse: Record<string, Record<string, unknown>> = {};
    for (const preset of PRESETS) {
      const scores = await runLighthouse(
        chromePath,
        pages.map((p) => `${server.url}/${p}`),
        preset,
      );
      lighthouse[preset] = Object.fromEntries(pages.map((p) => [p, scores.get(`${server.url}/${p}`)]));
    }
    return { targets, lighthouse };
  } finally {
    await server.close();
  }
}

function printTargets({ targets, lighthouse }: Awaited<ReturnType<typeof readerTargets>>) {
  for (const [preset, byPage] of Object.entries(lighthouse)) {
    console.log(`Lighthouse, ${preset} (target: 100 in every category)`);
    console.table(
      Object.entries(byPage).map(([page, s]) => {
        const { failing, ...scores } = (s ?? {}) as { failing?: string[] };
        return { page, ...scores, below100: failing?.join(', ') ?? '' };
      }),
    );
  }
  console.log(
    'Every page: layout shift after the first interaction (target 0), overflow at 320 px (target 0)',
  );
  console.table(targets);
  const shifting = targets.filter((t) => t.clsPhone > 0 || t.clsDesktop > 0).length;
  const wide = targets.filter((t) => t.overflow320 > 0).length;
  console.log(
    `${targets.length} pages: ${shifting} shift after interaction, ${wide} scroll sideways at 320 px`,
  );
}

if (only === 'pages') {
  // BENCH_DIST measures a build already made (`npm run build`; dist/) instead of building one.
  const dist = process.env.BENCH_DIST ?? (await buildCorpus('site', 0)).outDir;
  const figures = await readerTargets(ensureChromium(), dist);
  printTargets(figures);
  await mkdir(join(root, 'bench-results'), { recursive: true });
  const file = join(root, 'bench-results', 'latest.json');
  const earlier = JSON.parse(await readFile(file, 'utf8').catch(() => '{}'));
  const results = { ...earlier, readerTargets: { date: new Date().toISOString(), ...figures } };
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log('Figures written to bench-results/latest.json (readerTargets)');
  await rm(work, { recursive: true, force: true });
  process.exit(0);
} else if (only) {
  console.log(`--only takes "pages" (the reader targets alone), not "${only}"`);
  process.exit(1);
}

try {
  // The parser against hand-marked articles: no build needed, so it comes first.
  const gold = await attempt(() => measureGold());
  if ('failed' in gold) console.log('gold:', gold.failed);
  else printGold(gold);
  const builds = [await buildCorpus('site', 0)];
  for (const n of corpusSizes.filter((n) => n <= PEER_SIZE)) builds.push(await buildCorpus(`corpus-${n}`, n));

  // Rebuilds of the 1,000-document corpus, with the cache of its clean build.
  const base = builds.find((b) => b.documents === PEER_SIZE + 1);
  const rebuilds =
    base &&
    (await attempt(() => measureRebuilds(root, base.content, base.outDir, base.cacheDir, base.seconds)));
  // Side by side with Starlight on the same 1,000 documents: about 3 dates each, then about 30.
  const peer = [];
  for (const [corpus, dateShare] of pairs > 0
    ? ([
        ['light', undefined],
        ['dense', 1],
      ] as const)
    : []) {
    const content = await corpusContent(root, join(work, `peer-${corpus}`, 'content'), (dir) =>
      generateCorpus(dir, PEER_SIZE, dateShare ? { dateShare } : {}),
    );
    const round = await attempt(() =>
      comparePeer(root, join(work, `peer-${corpus}`), corpus, content, pairs),
    );
    peer.push('failed' in round ? { corpus, ...round } : summarisePeer(round));
  }
  // What no Astro site can go below: Astro alone, writing as many one-line pages as our build writes.
  const floor =
    base && pairs > 0
      ? await attempt(() => measureAstroFloor(root, join(work, 'astro-floor'), base.pages))
      : undefined;
  for (const n of corpusSizes.filter((n) => n > PEER_SIZE)) builds.push(await buildCorpus(`corpus-${n}`, n));

  const chromePath = ensureChromium();
  const site = builds[0];
  const server = await serveStatic(site.outDir);
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const pages = await samplePages(site.outDir);
  const weights = [];
  for (const page of pages) weights.push(await measurePageWeight(browser, server.url, page));
  await browser.close();
  await server.close();
  const reader = await readerTargets(chromePath, site.outDir);

  // Features, on the real site and on the largest corpus.
  const features = [];
  for (const build of builds.length > 1 ? [site, builds[builds.length - 1]] : [site]) {
    if (!build) continue;
    features.push({
      name: build.name,
      search: await attempt(() => measureSearch(build.outDir)),
      timeline: await attempt(() => measureTimeline(build.outDir)),
      mentions: await attempt(() => measureMentions(build.outDir)),
      offline: await attempt(() => measureOfflineAndSharing(build.outDir)),
    });
  }

  console.log('\nBuilds');
  console.table(builds.map(({ outDir, heaviest, indexes, content, cacheDir, ...b }) => b));
  console.log(`Rebuilds at ${PEER_SIZE} documents (shares of the clean build's time)`);
  console.table(rebuilds ? [rebuilds] : []);
  console.log(
    'Against Starlight, clean builds alternating (ratio: our time ÷ Starlight’s; peak: whole process tree)',
  );
  console.table(peer);
  if (floor) {
    console.log(
      'failed' in floor
        ? `bare Astro: ${floor.failed}`
        : `Bare Astro, ${floor.pages} one-line pages, no integration (the floor under both): ${floor.medianS} s`,
    );
  }
  console.log(
    `Heaviest pages of each build: gzip bytes before interaction, the HTML plus the scripts and styles it loads (budget ${PAGE_BUDGET})`,
  );
  console.table(builds.flatMap((b) => b.heaviest.map((h) => ({ build: b.name, ...h }))));
  console.log('The indexes of each build, the heaviest page of each kind (gzip bytes before interaction)');
  console.table(builds.flatMap((b) => b.indexes.map((h) => ({ build: b.name, ...h }))));
  console.log('Page weight before interaction (gzip bytes)');
  console.table(weights);
  printTargets(reader);
  for (const f of features) {
    console.log(`Features: ${f.name}`);
    console.table({ search: f.search, mentions: f.mentions, offline: f.offline });
    if (f.timeline && 'failed' in f.timeline) console.log('timeline:', f.timeline.failed);
    else if (f.timeline) {
      const { zoomMs, panMs, ...rest } = f.timeline;
      console.table({
        ...rest,
        zoomMedianMs: zoomMs.median,
        zoomP95Ms: zoomMs.p95,
        panMedianMs: panMs.median,
        panP95Ms: panMs.p95,
      });
    }
  }

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    builds: builds.map(({ outDir, content, cacheDir, ...b }) => b),
    rebuilds,
    peer,
    astroFloor: floor,
    pageWeight: weights,
    lighthouse: reader.lighthouse,
    readerTargets: { date: new Date().toISOString(), ...reader },
    features,
    gold: 'failed' in gold ? gold : { kinds: gold.kinds, dates: gold.dates, mentions: gold.mentions },
  };
  await mkdir(join(root, 'bench-results'), { recursive: true });
  const file = join(root, 'bench-results', 'latest.json');
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Figures written to bench-results/latest.json`);
} finally {
  await rm(work, { recursive: true, force: true });
}

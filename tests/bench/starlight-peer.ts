import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BuildFigures, measureBuild, measureCommand } from './measure-build.ts';

/**
 * The peer a newsroom would pick instead: a Starlight site (Astro's
 * documentation theme, with Pagefind search) of the same documents written as
 * Markdown, one page per document, built with the same Astro.
 */

/** A document in our format (`date …` line, paragraphs) as a Markdown page with a title. */
function asMarkdown(slug: string, text: string): string {
  const [first, ...rest] = text.replace(/^\uFEFF/, '').split('\n');
  const date = /^\s*date\s+(\S+)/.exec(first ?? '')?.[1];
  const body = (date ? rest : [first, ...rest]).join('\n').trim();
  // Markdown would read `*`, `_`, `<` and friends in the text as markup; ours shows them as typed.
  const escaped = body.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
  return `---\ntitle: ${JSON.stringify(slug)}\n${date ? `lastUpdated: ${date}\n` : ''}---\n\n${escaped}\n`;
}

const CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({
  outDir: process.env.PEER_OUT_DIR,
  cacheDir: process.env.PEER_CACHE_DIR,
  integrations: [starlight({ title: 'Peer' })],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Writes the Starlight project for the documents in `contentDir` into `dir` (inside the project, so it finds its packages). */
export async function writeStarlightSite(dir: string, contentDir: string): Promise<void> {
  const docs = join(dir, 'src', 'content', 'docs');
  await mkdir(docs, { recursive: true });
  // Astro bundles the Astro packages a project depends on (Starlight's components import `astro:`
  // modules): the packages are the project's own, found in its node_modules above this folder.
  const dependencies = { astro: '*', '@astrojs/starlight': '*' };
  await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true, dependencies }));
  await writeFile(join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  await writeFile(join(docs, 'index.md'), '---\ntitle: Documents\n---\n\nEvery document of the corpus.\n');
  const names = (await readdir(join(contentDir, 'documents'))).filter((n) => n.endsWith('.txt'));
  for (const name of names) {
    const slug = name.replace(/\.txt$/, '');
    const text = await readFile(join(contentDir, 'documents', name), 'utf8');
    await writeFile(join(docs, `${slug}.md`), asMarkdown(slug, text));
  }
}

export interface PeerRound {
  corpus: string;
  ours: BuildFigures[];
  starlight: BuildFigures[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Clean builds of ours and Starlight's on the same corpus, alternating (ours
 * first, then Starlight first, …) so that a machine busy with other work slows
 * both alike. Each build has a fresh output and cache folder.
 */
export async function comparePeer(
  root: string,
  work: string,
  corpus: string,
  contentDir: string,
  pairs: number,
): Promise<PeerRound> {
  const peerDir = join(work, `${corpus}-starlight`);
  await writeStarlightSite(peerDir, contentDir);
  const round: PeerRound = { corpus, ours: [], starlight: [] };
  const fresh = async (name: string) => {
    const dir = join(work, `${corpus}-${name}`);
    await rm(dir, { recursive: true, force: true });
    return dir;
  };
  const ours = async () => {
    const dir = await fresh('ours');
    const figures = await measureBuild(root, contentDir, join(dir, 'dist'), join(dir, 'cache'));
    if (!figures.ok) throw new Error(`our build of ${corpus} failed:\n${figures.output.slice(-4000)}`);
    round.ours.push(figures);
    console.log(`${corpus}: ours ${figures.seconds.toFixed(1)} s, peak ${Math.round(figures.peakRssMB)} MB`);
  };
  const starlight = async () => {
    const dir = await fresh('peer');
    const figures = await measureCommand(peerDir, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      PEER_OUT_DIR: join(dir, 'dist'),
      PEER_CACHE_DIR: join(dir, 'cache'),
    });
    if (!figures.ok)
      throw new Error(`Starlight's build of ${corpus} failed:\n${figures.output.slice(-4000)}`);
    round.starlight.push(figures);
    console.log(
      `${corpus}: Starlight ${figures.seconds.toFixed(1)} s, peak ${Math.round(figures.peakRssMB)} MB`,
    );
  };
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      await ours();
      await starlight();
    } else {
      await starlight();
      await ours();
    }
  }
  return round;
}

/** Median of the pairs' time ratios (ours ÷ Starlight's) and the peak memory of each side. */
export function summarisePeer(round: PeerRound) {
  const ratios = round.ours.map((o, i) => o.seconds / (round.starlight[i]?.seconds ?? Number.NaN));
  const round2 = (x: number) => Number(x.toFixed(2));
  return {
    corpus: round.corpus,
    pairs: ratios.length,
    medianRatio: round2(median(ratios)),
    ratios: ratios.map(round2).join(' '),
    oursMedianS: round2(median(round.ours.map((f) => f.seconds))),
    starlightMedianS: round2(median(round.starlight.map((f) => f.seconds))),
    oursPeakMB: Math.round(Math.max(...round.ours.map((f) => f.peakRssMB))),
    starlightPeakMB: Math.round(Math.max(...round.starlight.map((f) => f.peakRssMB))),
  };
}

/** Copies the project's content and adds a generated corpus, for a peer round of its own. */
export async function corpusContent(root: string, dir: string, make: (documents: string) => Promise<void>) {
  await cp(join(root, 'content'), dir, { recursive: true });
  await make(join(dir, 'documents'));
  return dir;
}

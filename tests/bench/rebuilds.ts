import { appendFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { measureBuild } from './measure-build.ts';

/**
 * After a clean build of `contentDir` into `outDir` with `cacheDir`: a rebuild
 * with nothing changed (skipped by bin/build.mjs, then run through Astro and
 * its caches), then one after a correction appended to one document,
 * each as a share of the clean build's time.
 */
export async function measureRebuilds(
  root: string,
  contentDir: string,
  outDir: string,
  cacheDir: string,
  cleanSeconds: number,
) {
  const build = async (what: string) => {
    const figures = await measureBuild(root, contentDir, outDir, cacheDir);
    if (!figures.ok) throw new Error(`${what} failed:\n${figures.output.slice(-4000)}`);
    return figures;
  };
  const unchanged = await build('the rebuild with nothing changed');
  // The same, with bin/build.mjs's record of the last build gone: Astro runs, with its caches.
  await rm(join(cacheDir, 'last-build.json'));
  const unchangedAstro = await build('the rebuild with nothing changed, through Astro');
  const documents = join(contentDir, 'documents');
  const first = (await readdir(documents)).filter((n) => n.startsWith('bench-')).sort()[0];
  if (!first) throw new Error('no generated document to edit');
  await appendFile(
    join(documents, first),
    '\nThe committee reviewed the monitoring contract on May 3, 2024.\n',
  );
  const edited = await build('the rebuild after one edit');
  const reused = edited.output.split('\n').filter((l) => /\((cached|restored)\)/.test(l)).length;
  const share = (s: number) => Number((s / cleanSeconds).toFixed(3));
  return {
    cleanS: Number(cleanSeconds.toFixed(2)),
    unchangedS: Number(unchanged.seconds.toFixed(2)),
    unchangedShare: share(unchanged.seconds),
    unchangedAstroS: Number(unchangedAstro.seconds.toFixed(2)),
    unchangedAstroShare: share(unchangedAstro.seconds),
    oneEditS: Number(edited.seconds.toFixed(2)),
    oneEditShare: share(edited.seconds),
    oneEditPagesReused: reused,
    oneEditPeakMB: Math.round(edited.peakRssMB),
  };
}

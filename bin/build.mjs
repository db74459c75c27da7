// `npm run build`: Astro builds into a staging folder beside the output, and
// only a build that succeeds replaces it. A failed build (a bad file found
// while pages are written, a full disk) leaves the last good site as it was.
// A build whose inputs are all unchanged since the last one, with the output
// still as that build left it, is not run at all. The site a build replaces is
// moved into the cache folder and deleted while the next build runs, so no
// build waits for thousands of files to be deleted.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputDigest, matchesManifest, outputManifest } from './build-inputs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = resolve(root, process.env.EXPLAINER_OUT_DIR ?? 'dist');
const staging = `${target}.staging`;
const previous = `${target}.previous`;
const args = process.argv.slice(2);
const cacheDir = resolve(root, process.env.EXPLAINER_CACHE_DIR ?? 'node_modules/.astro');
const lastBuild = join(cacheDir, 'last-build.json');
const replaced = join(cacheDir, 'replaced-site');

const inputs = inputDigest(root, args);
let last;
try {
  last = JSON.parse(readFileSync(lastBuild, 'utf8'));
} catch {
  last = undefined;
}
if (last?.inputs === inputs && matchesManifest(target, last.output)) {
  console.log(`Nothing changed since the last build: ${target} is as that build left it.`);
  process.exit(0);
}

rmSync(staging, { recursive: true, force: true });
const clearing = rm(replaced, { recursive: true, force: true });
const astro = resolve(root, 'node_modules/astro/bin/astro.mjs');
const status = await new Promise((done) => {
  spawn(process.execPath, [astro, 'build', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, EXPLAINER_STAGING_DIR: staging },
  }).on('close', (code) => done(code));
});
await clearing;
if (status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  // A build that stopped while writing pages may have cached pages newer than the list of what
  // each was made from (Astro saves that list only at the end): the next build renders every page.
  rmSync(join(cacheDir, 'incremental-build.json'), { force: true });
  console.error(`The build failed; ${target} is unchanged.`);
  process.exit(status ?? 1);
}
// Two renames, so the site is missing only between them, never half written. The old site goes
// into the cache folder (deleted during the next build), or beside the new one when the cache is on
// another disk, and is deleted now.
mkdirSync(cacheDir, { recursive: true });
let old = existsSync(target) ? replaced : undefined;
if (old) {
  try {
    renameSync(target, old);
  } catch {
    old = previous;
    rmSync(old, { recursive: true, force: true });
    renameSync(target, old);
  }
}
renameSync(staging, target);
if (old === previous) rmSync(previous, { recursive: true, force: true });
writeFileSync(lastBuild, `${JSON.stringify({ inputs, output: outputManifest(target) })}\n`);

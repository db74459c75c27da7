// `npm run build`: Astro builds into a staging folder beside the output, and
// only a build that succeeds replaces it. A failed build (a bad file found
// while pages are written, a full disk) leaves the last good site as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = resolve(root, process.env.EXPLAINER_OUT_DIR ?? 'dist');
const staging = `${target}.staging`;
const previous = `${target}.previous`;

rmSync(staging, { recursive: true, force: true });
const astro = resolve(root, 'node_modules/astro/bin/astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, EXPLAINER_STAGING_DIR: staging },
});
if (build.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`The build failed; ${target} is unchanged.`);
  process.exit(build.status ?? 1);
}
// Two renames, so the site is missing only between them, never half written.
rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });

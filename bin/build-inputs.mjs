// What a build is made from, and what it made: `bin/build.mjs` skips Astro
// altogether when neither changed since the last build that succeeded.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Every file under `dir`, as sorted paths relative to it with `/` separators; none if it is missing. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The project files a build reads: its code, its settings and dependencies, its public files. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
const PROJECT_FOLDERS = ['bin', 'src', 'public'];
/** Settings that change the output without changing a file. */
const ENVIRONMENT = ['SITE_URL', 'EXPLAINER_CONTENT_DIR', 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];

/**
 * One digest of everything the build reads: the project's code and settings, the
 * content folder, Node's version, the arguments and the environment that reach
 * the pages. Any byte changed anywhere changes it.
 */
export function inputDigest(root, args) {
  const hash = createHash('sha256');
  const add = (label, bytes) => hash.update(`${label}\0`).update(bytes).update('\0');
  add('node', process.version);
  add('args', JSON.stringify(args));
  for (const name of ENVIRONMENT) add(`env ${name}`, process.env[name] ?? '');
  const content = resolve(root, process.env.EXPLAINER_CONTENT_DIR ?? 'content');
  const folders = [...PROJECT_FOLDERS.map((f) => resolve(root, f)), content];
  for (const file of PROJECT_FILES) {
    const path = resolve(root, file);
    add(file, existsSync(path) ? readFileSync(path) : '');
  }
  for (const folder of folders) {
    for (const file of filesUnder(folder)) add(`${folder} ${file}`, readFileSync(join(folder, file)));
  }
  return hash.digest('hex');
}

/**
 * `path → size and modification time` of every file of a built site. Like make
 * and rsync, it judges a file by these rather than by its bytes: hashing every
 * file of a large site after each build took longer than the check saves.
 */
export function outputManifest(dir) {
  return Object.fromEntries(filesUnder(dir).map((f) => [f, signature(join(dir, f))]));
}

function signature(path) {
  const { size, mtimeMs } = statSync(path);
  return `${size}:${mtimeMs}`;
}

/** Whether `dir` holds exactly the files of `manifest`, each as that build left it. */
export function matchesManifest(dir, manifest) {
  const files = filesUnder(dir);
  if (files.length !== Object.keys(manifest).length) return false;
  return files.every((f) => manifest[f] === signature(join(dir, f)));
}

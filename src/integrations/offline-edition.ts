import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { site } from '../lib/config/site';
import { canonicalUrl } from '../lib/meta/canonical';
import {
  archiveFolder,
  archiveName,
  isOfflineReadingFile,
  OFFLINE_SUMMARY_FILE,
  SERVICE_WORKER_FILE,
} from '../lib/offline/offline-files';
import { precacheManifest } from '../lib/offline/precache';
import {
  archiveReadme,
  deserialisePacked,
  type PackedFile,
  type PackedFiles,
  packAhead,
  serialisePacked,
  zipArchive,
} from '../lib/offline/zip-archive';
import { builtFiles } from './built-files';
import { classicScript, entrySource } from './client-scripts';

/** The archive's compressed files, kept in the cache folder for the next build of the same zlib. */
const PACKED_CACHE = `offline-archive-files-zlib-${process.versions.zlib}.bin`;

/** Path, size and SHA-256 of each file, read a few dozen at a time rather than all at once. */
async function hashFiles(
  dir: string,
  paths: string[],
): Promise<{ path: string; sha256: string; size: number }[]> {
  const hashed: { path: string; sha256: string; size: number }[] = [];
  for (let i = 0; i < paths.length; i += 64) {
    const batch = paths.slice(i, i + 64);
    const data = await Promise.all(batch.map((path) => readFile(join(dir, path))));
    data.forEach((bytes, j) => {
      const path = batch[j] as string;
      hashed.push({ path, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length });
    });
  }
  return hashed;
}

/** The service worker, compiled with the build's version and file list written in front of it. */
async function serviceWorker(entry: string, manifest: { version: string; files: string[] }): Promise<string> {
  const out = await build({ ...classicScript, entryPoints: [entry], write: false });
  return `self.__OFFLINE__=${JSON.stringify(manifest)};\n${out.outputFiles[0]?.text ?? ''}`;
}

/**
 * The offline edition, made last, once every other step has written its files:
 * `sw.js` at the site root (it may only control pages at or below its own
 * folder) that saves this build's files for offline reading, then the
 * downloadable archive of every file a web reader gets, with a README.
 */
export function offlineEdition(): AstroIntegration {
  let workerEntry = '';
  let cacheDir = '';
  let packing: Promise<PackedFiles> | undefined;
  let lastBuild: PackedFiles = new Map();
  return {
    name: 'offline-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        const last = config.integrations.at(-1)?.name;
        if (last !== 'offline-edition') {
          throw new Error(
            `astro.config.mjs: offlineEdition() must be the last integration, after "${last}", or the offline archive and service worker miss the files written after it. Fix: move it to the end of \`integrations\`.`,
          );
        }
        workerEntry = entrySource(config.srcDir, 'service-worker');
        cacheDir = fileURLToPath(config.cacheDir);
      },
      // The pages are most of the archive: compress them while the other steps (search index,
      // share images) run, and reuse each one that is unchanged when the archive is made.
      'astro:build:generated': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        // Not Astro's own working files (`.prerender/`), which it removes before astro:build:done.
        const pages = (await builtFiles(outDir)).filter((path) => !/(^|\/)\./.test(path));
        // The last build's compressed files, reused for each file whose size and CRC-32 are the same.
        lastBuild = deserialisePacked(
          await readFile(join(cacheDir, PACKED_CACHE)).catch(() => new Uint8Array()),
        );
        packing = packAhead(
          pages.map((path) => ({ path, data: () => readFile(join(outDir, path)) })),
          lastBuild,
        );
        // Awaited in astro:build:done; this only keeps an early failure from counting as unhandled.
        packing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        // The pages packed ahead, and the rest (index, images, data) as the last build packed them.
        const earlier = new Map([...lastBuild, ...((await packing) ?? [])]);
        packing = undefined;
        lastBuild = new Map();
        const archive = archiveName(site.title);
        const written = new Set([archive, SERVICE_WORKER_FILE, OFFLINE_SUMMARY_FILE]);
        const paths = (await builtFiles(outDir)).filter((p) => !written.has(p));
        const offline = await hashFiles(
          outDir,
          paths.filter((path) => isOfflineReadingFile(path, archive)),
        );
        const files = precacheManifest(offline);
        // The summary is written below, from this list; saved too, so the page can read it offline.
        const manifest = { ...files, files: [...files.files, OFFLINE_SUMMARY_FILE].sort() };
        await writeFile(join(outDir, SERVICE_WORKER_FILE), await serviceWorker(workerEntry, manifest));
        const bytes = offline.reduce((sum, f) => sum + f.size, 0);
        const summary = `${JSON.stringify({ version: manifest.version, files: manifest.files.length, bytes })}\n`;
        await writeFile(join(outDir, OFFLINE_SUMMARY_FILE), summary);

        const folder = archiveFolder(site.title);
        const zipped = [...paths, SERVICE_WORKER_FILE, OFFLINE_SUMMARY_FILE];
        const packed: PackedFile[] = [];
        const zip = await zipArchive(
          folder,
          zipped.map((path) => ({ path, data: () => readFile(join(outDir, path)) })),
          archiveReadme(site.title, folder, site.url && canonicalUrl(site.url, 'index.html')),
          earlier,
          (f) => packed.push(f),
        );
        await writeFile(join(outDir, archive), zip);
        await mkdir(cacheDir, { recursive: true });
        await writeFile(join(cacheDir, PACKED_CACHE), serialisePacked(packed));
        logger.info(
          `${manifest.files.length} files for offline reading (version ${manifest.version}); ${archive}: ${zipped.length} files, ${(zip.length / 1024).toFixed(0)} kB, in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}

import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
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
import { archiveReadme, type PackedFiles, packAhead, zipArchive } from '../lib/offline/zip-archive';
import { builtFiles } from './built-files';
import { classicScript, entrySource } from './client-scripts';

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
  let packing: Promise<PackedFiles> | undefined;
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
      },
      // The pages are most of the archive: compress them while the other steps (search index,
      // share images) run, and reuse each one that is unchanged when the archive is made.
      'astro:build:generated': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        // Not Astro's own working files (`.prerender/`), which it removes before astro:build:done.
        const pages = (await builtFiles(outDir)).filter((path) => !/(^|\/)\./.test(path));
        packing = packAhead(pages.map((path) => ({ path, data: () => readFile(join(outDir, path)) })));
        // Awaited in astro:build:done; this only keeps an early failure from counting as unhandled.
        packing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const earlier = await packing;
        packing = undefined;
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
        const zip = await zipArchive(
          folder,
          zipped.map((path) => ({ path, data: () => readFile(join(outDir, path)) })),
          archiveReadme(site.title, folder, site.url && canonicalUrl(site.url, 'index.html')),
          earlier,
        );
        await writeFile(join(outDir, archive), zip);
        logger.info(
          `${manifest.files.length} files for offline reading (version ${manifest.version}); ${archive}: ${zipped.length} files, ${(zip.length / 1024).toFixed(0)} kB, in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}

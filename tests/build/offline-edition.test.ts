import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/integrations/built-files';
import { type BuildResult, buildOrFail, fixtureContent } from '../helpers/build-site';
import { fixtureArchive, fixtureArchiveFolder } from '../helpers/fixture-site';

const ARCHIVE = fixtureArchive;
const FOLDER = fixtureArchiveFolder;
// The sitemap and feed need the site's address: here from SITE_URL, under a sub-path.
const SITE = 'https://news.example/harbour/';
let build: BuildResult;
const read = (path: string) => readFile(join(build.outDir, path), 'utf8');

beforeAll(async () => {
  build = await buildOrFail(fixtureContent, { env: { SITE_URL: SITE } });
});

describe('the offline archive', () => {
  it('holds exactly the files a web reader gets, byte for byte, in one folder with a README', async () => {
    const entries = unzipSync(new Uint8Array(await readFile(join(build.outDir, ARCHIVE))));
    const served = (await builtFiles(build.outDir)).filter((f) => f !== ARCHIVE);
    expect(served).toEqual(
      expect.arrayContaining(['index.html', 'sw.js', 'scripts/links.js', 'og/index.png']),
    );
    expect(Object.keys(entries).sort()).toEqual(
      [...served, 'README.txt'].map((f) => `${FOLDER}/${f}`).sort(),
    );
    for (const file of served) {
      const bytes = new Uint8Array(await readFile(join(build.outDir, file)));
      expect({ file, same: Buffer.from(entries[`${FOLDER}/${file}`]!).equals(bytes) }).toEqual({
        file,
        same: true,
      });
    }
    const readme = new TextDecoder().decode(entries[`${FOLDER}/README.txt`]);
    expect(readme).toMatch(/double-click index\.html/);
  });

  it('is linked from the footer of every page as "Read offline"', async () => {
    for (const page of ['index.html', 'documents/port-inspections.html']) {
      const { document } = parseHTML(await read(page));
      const link = [...document.querySelectorAll('footer a')].find((a) => a.textContent === 'Read offline');
      expect(link?.getAttribute('href')).toBe(page.includes('/') ? `../${ARCHIVE}` : ARCHIVE);
    }
  });
});

describe('the service worker', () => {
  it('sits at the root with this build’s version and every page, script and data file to save', async () => {
    const sw = await read('sw.js');
    const manifest = JSON.parse(/^self\.__OFFLINE__=(.*);$/m.exec(sw)?.[1] ?? '{}') as {
      version: string;
      files: string[];
    };
    expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
    const all = await builtFiles(build.outDir);
    // Everything a reader uses, whatever later features add; not the archive, the worker, crawler files or share images.
    const needed = all.filter((f) => !f.startsWith('og/'));
    const skipped = [ARCHIVE, 'sw.js', 'og/index.png', 'sitemap.xml', 'feed.xml', 'robots.txt'];
    expect(manifest.files).toEqual(needed.filter((f) => !skipped.includes(f)).sort());
    // public/ files are copied as they are and saved like any other.
    expect(needed).toEqual(
      expect.arrayContaining(['index.html', 'scripts/links.js', 'data/documents.json', 'favicon.svg']),
    );
    expect(manifest.files).not.toContain(ARCHIVE);
    let bytes = 0;
    for (const f of manifest.files.filter((f) => f !== 'offline.json'))
      bytes += (await readFile(join(build.outDir, f))).length;
    expect(JSON.parse(await read('offline.json'))).toEqual({
      version: manifest.version,
      files: manifest.files.length,
      bytes,
    });
  });
});

describe('sitemap, feed and robots', () => {
  it('sitemap.xml lists every page by its absolute URL under the configured site, but the 404 page', async () => {
    const pages = (await builtFiles(build.outDir)).filter((f) => f.endsWith('.html') && f !== '404.html');
    const locs = [...(await read('sitemap.xml')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(
      pages.map((p) => `${SITE}${p === 'index.html' ? '' : p}`).sort((a, b) => a.localeCompare(b)),
    );
  });

  it('feed.xml is Atom with the chapters’ updates and corrections and the source documents', async () => {
    const xml = await read('feed.xml');
    expect(xml).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    const titles = [...xml.matchAll(/<entry>\s*<title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles).toContain('Source document: Port inspections to double, authority says');
    expect(titles).toContain('Correction: Port inspections');
    expect(xml).toContain(
      '<summary>An earlier version said a timetable had been set; the article says none has.</summary>',
    );
  });

  it('every page links the favicon from public/, relative to itself', async () => {
    const icon = (html: string) =>
      parseHTML(html).document.querySelector('link[rel="icon"]')?.getAttribute('href');
    expect(icon(await read('index.html'))).toBe('favicon.svg');
    expect(icon(await read('documents/port-inspections.html'))).toBe('../favicon.svg');
    expect(await read('favicon.svg')).toMatch(/^<svg /);
  });

  it('robots.txt names the sitemap', async () => {
    expect(await read('robots.txt')).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });
});

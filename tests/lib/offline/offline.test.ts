import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveName, isOfflineReadingFile } from '../../../src/lib/offline/offline-files';
import { buildVersion, precacheManifest } from '../../../src/lib/offline/precache';
import { archiveReadme, packAhead, zipArchive } from '../../../src/lib/offline/zip-archive';

const enc = (s: string) => new TextEncoder().encode(s);

describe('zipArchive', () => {
  const files = [
    { path: 'index.html', data: enc('<h1>home</h1>'.repeat(50)) },
    { path: 'documents/a.html', data: enc('a') },
    { path: 'og/index.png', data: new Uint8Array([137, 80, 78, 71]) },
  ];

  it('holds every file in one folder, with the README beside index.html', async () => {
    const entries = unzipSync(await zipArchive('site', files, 'Open index.html'));
    expect(Object.keys(entries)).toEqual([
      'site/README.txt',
      'site/documents/a.html',
      'site/index.html',
      'site/og/index.png',
    ]);
    expect(new TextDecoder().decode(entries['site/README.txt'])).toBe('Open index.html');
    expect(entries['site/index.html']).toEqual(files[0]?.data);
  });

  it('is the same bytes whatever the order it is given files in', async () => {
    expect(await zipArchive('site', [...files].reverse(), 'r')).toEqual(await zipArchive('site', files, 'r'));
    expect(await zipArchive('site', files, 'r')).not.toEqual(await zipArchive('site', files, 'r2'));
  });

  it('reuses files packed ahead only while they are unchanged, and reads lazily given files', async () => {
    const ahead = await packAhead(files);
    expect(await zipArchive('site', files, 'r', ahead)).toEqual(await zipArchive('site', files, 'r'));
    // Changed since: same path, other bytes (one of the same length too). Packed again, never stale.
    const changed = [
      { path: 'index.html', data: enc('<h1>HOME</h1>'.repeat(50)) },
      { path: 'documents/a.html', data: async () => enc('b') },
      files[2] as (typeof files)[number],
    ];
    const entries = unzipSync(await zipArchive('site', changed, 'r', ahead));
    expect(new TextDecoder().decode(entries['site/index.html'])).toBe('<h1>HOME</h1>'.repeat(50));
    expect(new TextDecoder().decode(entries['site/documents/a.html'])).toBe('b'); // A file gone before it is packed ahead is simply not there to reuse.
    const gone = await packAhead([
      ...files,
      {
        path: 'gone.html',
        data: () => Promise.reject(new Error('ENOENT')),
      },
    ]);
    expect([...gone.keys()].sort()).toEqual(files.map((f) => f.path).sort());
  });

  it('names the archive after the site, and tells how to open it', () => {
    expect(archiveName('The Harbour Explainer')).toBe('the-harbour-explainer-offline.zip');
    expect(archiveReadme('Site', 'site', 'https://e.org/')).toMatch(/double-click index\.html/);
  });
});

describe('precache', () => {
  it('leaves out what a reader does not need offline', () => {
    const paths = [
      'index.html',
      'sw.js',
      'offline.json',
      'x-offline.zip',
      'og/index.png',
      'sitemap.xml',
      'pagefind/pagefind.js',
    ];
    expect(paths.filter((p) => isOfflineReadingFile(p, 'x-offline.zip'))).toEqual([
      'index.html',
      'pagefind/pagefind.js',
    ]);
  });

  it('versions the build by content: any change gives a new cache, order does not', () => {
    const a = [
      { path: 'a.html', sha256: '1' },
      { path: 'b.html', sha256: '2' },
    ];
    expect(buildVersion(a)).toBe(buildVersion([...a].reverse()));
    expect(buildVersion(a)).not.toBe(buildVersion([a[0]!, { path: 'b.html', sha256: '3' }]));
    expect(precacheManifest(a)).toEqual({ version: buildVersion(a), files: ['a.html', 'b.html'] });
  });
});

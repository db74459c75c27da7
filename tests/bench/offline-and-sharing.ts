import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { builtFiles } from '../../src/integrations/built-files';
import { site } from '../../src/lib/config/site';
import { archiveName } from '../../src/lib/offline/offline-files';
import { renderShareCard } from '../../src/lib/share-image/share-image';

export interface OfflineFigures {
  archiveBytes: number;
  archiveFiles: number;
  /** Files the service worker saves, and their total size. */
  precacheFiles: number;
  precacheBytes: number;
  shareImages: number;
  /** One share card rendered from scratch (fonts loaded), then one more. */
  shareCardColdMs: number;
  shareCardWarmMs: number;
}

/** Size of the offline edition of a built site, and the cost of a share image. */
export async function measureOfflineAndSharing(dist: string): Promise<OfflineFigures> {
  const archive = join(dist, archiveName(site.title));
  const zip = await readFile(archive);
  const sw = await readFile(join(dist, 'sw.js'), 'utf8');
  const { files } = JSON.parse(/^self\.__OFFLINE__=(.*);$/m.exec(sw)?.[1] ?? '{"files":[]}') as {
    files: string[];
  };
  let precacheBytes = 0;
  for (const f of files) precacheBytes += (await stat(join(dist, f))).size;
  const card = {
    title: 'A chapter title of ordinary length',
    section: 'Chapter',
    siteName: site.title,
    tagline: site.tagline,
    summary: site.description,
  };
  const t0 = performance.now();
  await renderShareCard(card);
  const t1 = performance.now();
  await renderShareCard({ ...card, title: `${card.title}, again` });
  const t2 = performance.now();
  return {
    archiveBytes: zip.length,
    archiveFiles: Object.keys(unzipSync(zip)).length,
    precacheFiles: files.length,
    precacheBytes,
    shareImages: (await builtFiles(dist)).filter((f) => f.startsWith('og/')).length,
    shareCardColdMs: Math.round(t1 - t0),
    shareCardWarmMs: Math.round(t2 - t1),
  };
}

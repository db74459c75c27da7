import { slug } from 'github-slugger';
import { clientEntries } from '../../scripts/entries';

/** The folder inside the archive, from the site's name: `the-harbour-explainer` for "The Harbour Explainer". */
export function archiveFolder(siteName: string): string {
  return slug(siteName) || 'site';
}

/** The archive's file name: `the-harbour-explainer-offline.zip`. */
export function archiveName(siteName: string): string {
  return `${archiveFolder(siteName)}-offline.zip`;
}

export const SERVICE_WORKER_FILE = clientEntries['service-worker'].output;
/** `{ version, files, bytes }` of what saving for offline reading takes, for the page to say before a reader commits. */
export const OFFLINE_SUMMARY_FILE = 'offline.json';

/** Files a reader never needs offline: the archive itself, the worker, crawler files, share images. */
export function isOfflineReadingFile(path: string, archive: string): boolean {
  if (path === archive || path === SERVICE_WORKER_FILE || path === OFFLINE_SUMMARY_FILE) return false;
  if (['robots.txt', 'sitemap.xml', 'feed.xml'].includes(path)) return false;
  return !path.startsWith('og/');
}

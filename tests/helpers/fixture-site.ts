import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSiteConfig } from '../../src/lib/config/parse-site-config';
import { archiveFolder, archiveName } from '../../src/lib/offline/offline-files';
import { fixtureContent } from './build-site';

/** The fixture site's own configuration: tests assert its values, never a particular story's. */
export const fixtureSite = parseSiteConfig(
  readFileSync(join(fixtureContent, 'site.yaml'), 'utf8'),
  'tests/fixtures/site/content/site.yaml',
);
export const fixtureArchive = archiveName(fixtureSite.title);
export const fixtureArchiveFolder = archiveFolder(fixtureSite.title);

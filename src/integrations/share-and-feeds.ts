import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { site as config } from '../lib/config/site';
import { atomFeed, FEED_FILE, feedEntries } from '../lib/feeds/atom-feed';
import { sitemapXml } from '../lib/feeds/sitemap';
import { canonicalUrl, shareImagePath } from '../lib/meta/canonical';
import type { PageRecord } from '../lib/meta/page-record';
import { clearRecordedPages, recordedPages, withReusedPages } from '../lib/meta/page-registry';
import { renderShareCard, shareCardKey } from '../lib/share-image/share-image';
import { builtFiles } from './built-files';

async function put(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/**
 * Renders the share image of each page that has one of its own under `og/`,
 * from that page's title, section and description (a chapter's summary, the
 * home page's lead). A rendered image is kept in the cache
 * under a hash of what it shows, so an unchanged page is never rendered again.
 */
async function shareImages(outDir: string, cacheDir: string, pages: PageRecord[]) {
  let rendered = 0;
  const started = performance.now();
  for (const page of pages.filter((p) => p.ownImage)) {
    const own = join(outDir, shareImagePath(page.path));
    const card = {
      title: page.title,
      section: page.section,
      siteName: config.title,
      tagline: config.tagline,
      summary: page.description,
    };
    const cached = join(cacheDir, `${shareCardKey(card)}.png`);
    await mkdir(dirname(own), { recursive: true });
    try {
      await copyFile(cached, own);
    } catch {
      await put(cached, await renderShareCard(card));
      await copyFile(cached, own);
      rendered++;
    }
  }
  return { rendered, ms: Math.round(performance.now() - started) };
}

/**
 * After the pages are built: share images, `sitemap.xml`, the Atom feed of
 * updates and corrections (`feed.xml`), from the record every
 * page writes through its layout (src/lib/meta/page-registry.ts), so pages
 * added later are covered too and nothing in a page's text can drop it.
 */
export function shareAndFeeds(): AstroIntegration {
  const site = config.url;
  let cacheDir = '';
  let recordsFile = '';
  let pages: PageRecord[] = [];
  return {
    name: 'share-and-feeds',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'share-images');
        recordsFile = join(fileURLToPath(config.cacheDir), 'page-records.json');
      },
      'astro:build:start': () => clearRecordedPages(),
      // Right after the pages, when Astro has saved which pages it may reuse next time: the records
      // are saved beside, so a page reused then still gets its place in the sitemap and the feed.
      'astro:build:generated': async ({ dir }) => {
        const previous: PageRecord[] = JSON.parse(await readFile(recordsFile, 'utf8').catch(() => '[]'));
        pages = withReusedPages(recordedPages(), previous, new Set(await builtFiles(fileURLToPath(dir))));
        await put(recordsFile, `${JSON.stringify(pages)}\n`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        if (pages.length === 0) {
          throw new Error(
            'No page recorded its facts. Fix: every page renders through BaseLayout, which records them.',
          );
        }
        // Sitemap, feed and share cards need absolute URLs: without a known address there are none.
        if (!site) {
          logger.warn('no public address: sitemap.xml, feed.xml and share images not written');
          return;
        }
        const images = await shareImages(outDir, cacheDir, pages);
        await put(
          join(outDir, 'sitemap.xml'),
          sitemapXml(pages.map((p) => ({ url: p.url, lastmod: p.updated }))),
        );
        const entries = feedEntries(pages);
        await put(
          join(outDir, FEED_FILE),
          atomFeed(
            {
              siteName: config.title,
              siteUrl: canonicalUrl(site, 'index.html'),
              feedUrl: canonicalUrl(site, FEED_FILE),
            },
            entries,
          ),
        );
        logger.info(
          `${pages.length} pages in sitemap.xml, ${entries.length} feed entries, share images: ${images.rendered} rendered (${images.ms} ms), the rest from cache; ${Math.round(performance.now() - started)} ms in all`,
        );
      },
    },
  };
}

import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { atomFeed, FEED_FILE, feedEntries } from '../lib/feeds/atom-feed';
import { robotsTxt, sitemapXml } from '../lib/feeds/sitemap';
import { canonicalUrl, shareImagePath } from '../lib/meta/canonical';
import { type PageHead, readHead } from '../lib/meta/read-head';
import { renderShareCard, shareCardKey } from '../lib/share-image/share-image';
import { siteConfig } from '../lib/site/site-config';
import { builtFiles } from './built-files';

async function put(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/**
 * Renders the share image each page's head asks for under `og/`, from that
 * page's own title and section. A rendered image is kept in the cache under a
 * hash of what it shows, so an unchanged page is never rendered again.
 */
async function shareImages(outDir: string, cacheDir: string, site: URL, pages: [string, PageHead][]) {
  const root = canonicalUrl(site, 'index.html');
  let rendered = 0;
  const started = performance.now();
  for (const [page, head] of pages) {
    const own = shareImagePath(page);
    if (head.image !== `${root}${own}`) continue;
    const card = {
      title: head.title ?? siteConfig.name,
      section: head.section ?? '',
      siteName: siteConfig.name,
      tagline: siteConfig.tagline,
    };
    const cached = join(cacheDir, `${shareCardKey(card)}.png`);
    try {
      await mkdir(dirname(join(outDir, own)), { recursive: true });
      await copyFile(cached, join(outDir, own));
    } catch {
      await put(cached, await renderShareCard(card));
      await copyFile(cached, join(outDir, own));
      rendered++;
    }
  }
  const images = new Set(pages.map(([, h]) => h.image).filter((i) => i?.startsWith(`${root}og/`)));
  for (const image of images) {
    const path = image?.slice(root.length) ?? '';
    try {
      await stat(join(outDir, path));
    } catch {
      const page = pages.find(([, h]) => h.image === image)?.[0];
      throw new Error(
        `${page}: its share image ${path} was not rendered. Fix: give it its own image (shareImage) or none, so it uses the site's.`,
      );
    }
  }
  return { rendered, ms: Math.round(performance.now() - started) };
}

/**
 * After the pages are built: share images, `sitemap.xml`, the Atom feed of
 * updates and corrections (`feed.xml`) and `robots.txt`, all read from what
 * each built page says about itself, so pages added later are covered too.
 */
export function shareAndFeeds(): AstroIntegration {
  let site = new URL('https://example.org/');
  let cacheDir = '';
  return {
    name: 'share-and-feeds',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = new URL(config.site);
        cacheDir = join(fileURLToPath(config.cacheDir), 'share-images');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const files = await builtFiles(outDir);
        const pages: [string, PageHead][] = [];
        for (const page of files.filter((f) => f.endsWith('.html'))) {
          pages.push([page, readHead(await readFile(join(outDir, page), 'utf8'))]);
        }
        const images = await shareImages(outDir, cacheDir, site, pages);

        const heads = pages.map(([, h]) => h).filter((h) => h.canonical && !h.noindex);
        await put(
          join(outDir, 'sitemap.xml'),
          sitemapXml(heads.map((h) => ({ url: h.canonical as string, lastmod: h.modified }))),
        );
        const entries = feedEntries(heads);
        await put(
          join(outDir, FEED_FILE),
          atomFeed(
            {
              siteName: siteConfig.name,
              siteUrl: canonicalUrl(site, 'index.html'),
              feedUrl: canonicalUrl(site, FEED_FILE),
            },
            entries,
          ),
        );
        await put(join(outDir, 'robots.txt'), robotsTxt(canonicalUrl(site, 'sitemap.xml')));
        logger.info(
          `${heads.length} pages in sitemap.xml, ${entries.length} feed entries, share images: ${images.rendered} rendered (${images.ms} ms), the rest from cache; ${Math.round(performance.now() - started)} ms in all`,
        );
      },
    },
  };
}

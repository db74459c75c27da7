import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrFail, fixtureContent, projectRoot } from '../helpers/build-site';

// A chapter whose title has a `>` and a document whose first sentence (its title) has `</head>`:
// text like this once hid a page from the feed or the sitemap, when they were read back from the HTML.
let outDir: string;
const read = (path: string) => readFile(join(outDir, path), 'utf8');

beforeAll(async () => {
  const content = await mkdtemp(join(tmpdir(), 'explainer-feeds-content-'));
  await cp(fixtureContent, content, { recursive: true });
  await cp(join(projectRoot, 'tests/fixtures/feeds'), content, { recursive: true });
  // The feed and sitemap need the site's address; the fixture sets none.
  outDir = (await buildOrFail(content, { env: { SITE_URL: 'https://example.org/' } })).outDir;
});

describe('feed and sitemap from what made the pages', () => {
  it('list a chapter whose title has a ">"', async () => {
    const feed = await read('feed.xml');
    expect(feed).toContain('<title>Updated: Talks &gt; strikes, the article says</title>');
    expect(feed).toContain('href="https://example.org/explainer/talks-and-strikes.html"');
    expect(await read('sitemap.xml')).toContain(
      '<url><loc>https://example.org/explainer/talks-and-strikes.html</loc><lastmod>2024-06-12</lastmod></url>',
    );
  });

  it('list a document whose text has "</head>"', async () => {
    const feed = await read('feed.xml');
    // Untitled, so named by its date; its text, "</head>" and all, is on its page, not in the feed.
    expect(feed).toContain('<title>Source document: Untitled article, June 11, 2024</title>');
    expect(feed).toContain('documents/dockers-walkout.html');
    expect(feed).toContain('<updated>2024-06-11T00:00:00Z</updated>');
    expect(await read('sitemap.xml')).toContain(
      '<url><loc>https://example.org/documents/dockers-walkout.html</loc></url>',
    );
  });

  it('render the share image of the chapter from its own title', async () => {
    const png = await readFile(join(outDir, 'og/explainer/talks-and-strikes.png'));
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });
});

import type { PageRecord } from '../meta/page-record';
import { escapeXml } from './xml';

export interface FeedEntry {
  kind: 'published' | 'updated' | 'correction' | 'source';
  /** Stable and unique: the page URL with a fragment naming the change. */
  id: string;
  title: string;
  url: string;
  date: string;
  summary: string;
}

const MAX_ENTRIES = 50;

/** Where the feed is written, at the site root. */
export const FEED_FILE = 'feed.xml';

function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (const c of s) h = Math.imul(h ^ (c.codePointAt(0) as number), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * The feed's entries, from what every page was built from: a chapter when it
 * is published or updated, each correction on any page, and each source
 * document at its own publication date. Newest first, at most 50.
 */
export function feedEntries(pages: PageRecord[]): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const p of pages) {
    const base = { url: p.url, summary: p.description };
    if (p.pageType === 'chapter') {
      const date = p.updated ?? p.published;
      if (date) {
        const kind = p.updated && p.updated !== p.published ? 'updated' : 'published';
        entries.push({
          ...base,
          kind,
          id: `${p.url}#${kind}-${date}`,
          title: `${kind === 'updated' ? 'Updated' : 'Published'}: ${p.title}`,
          date,
        });
      }
    }
    if (p.pageType === 'source' && p.published) {
      entries.push({
        ...base,
        kind: 'source',
        id: `${p.url}#source`,
        title: `Source document: ${p.title}`,
        date: p.published,
      });
    }
    for (const c of p.corrections) {
      entries.push({
        ...base,
        kind: 'correction',
        id: `${p.url}#correction-${c.date}-${shortHash(c.text)}`,
        title: `Correction: ${p.title}`,
        date: c.date,
        summary: c.text,
      });
    }
  }
  return entries
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .slice(0, MAX_ENTRIES);
}

export interface FeedInfo {
  siteName: string;
  siteUrl: string;
  feedUrl: string;
}

const stamp = (date: string) => `${date}T00:00:00Z`;

/** An Atom 1.0 feed. Its `updated` is the newest entry's date, so unchanged content gives the same bytes. */
export function atomFeed(info: FeedInfo, entries: FeedEntry[]): string {
  const updated =
    entries
      .map((e) => e.date)
      .sort()
      .at(-1) ?? '1970-01-01';
  const items = entries.map(
    (e) => `  <entry>
    <title>${escapeXml(e.title)}</title>
    <id>${escapeXml(e.id)}</id>
    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>
    <updated>${stamp(e.date)}</updated>
    <category term="${e.kind}"/>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>${escapeXml(info.siteName)}: updates and corrections</title>
  <id>${escapeXml(info.siteUrl)}</id>
  <link rel="self" type="application/atom+xml" href="${escapeXml(info.feedUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(info.siteUrl)}"/>
  <updated>${stamp(updated)}</updated>
  <author><name>${escapeXml(info.siteName)}</name></author>
${items.join('\n')}
</feed>
`;
}

import type { Correction } from './structured-data';

/** What the sitemap, the feed and the share images need from a built page's `<head>`. */
export interface PageHead {
  canonical?: string;
  title?: string;
  description?: string;
  image?: string;
  section?: string;
  noindex: boolean;
  /** The JSON-LD `@type`: `Article`, `NewsArticle`, `WebPage`, `WebSite`. */
  type?: string;
  published?: string;
  modified?: string;
  corrections: Correction[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    out[(m[1] as string).toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/**
 * Reads the page's own metadata back from its built HTML (the tags the layout
 * writes: canonical link, Open Graph, robots and JSON-LD), so build steps work
 * for every page, including pages added later, without a list of them.
 */
export function readHead(html: string): PageHead {
  const end = html.search(/<\/head>/i);
  const head = end === -1 ? html : html.slice(0, end);
  const meta: Record<string, string> = {};
  let canonical: string | undefined;
  for (const m of head.matchAll(/<(meta|link)\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    if (m[1]?.toLowerCase() === 'link') {
      if (a.rel === 'canonical') canonical = a.href;
    } else {
      const key = a.property ?? a.name;
      if (key && a.content !== undefined) meta[key] = a.content;
    }
  }
  const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/i.exec(head)?.[1];
  const data = (ld ? JSON.parse(ld) : {}) as {
    '@type'?: string;
    datePublished?: string;
    dateModified?: string;
    correction?: { text: string; datePublished: string }[];
  };
  return {
    canonical,
    title: meta['og:title'],
    description: meta['og:description'],
    image: meta['og:image'],
    section: meta['article:section'],
    noindex: /noindex/i.test(meta.robots ?? ''),
    type: data['@type'],
    published: data.datePublished,
    modified: data.dateModified,
    corrections: (data.correction ?? []).map((c) => ({ date: c.datePublished, text: c.text })),
  };
}

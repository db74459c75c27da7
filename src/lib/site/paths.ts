import { posix } from 'node:path';

/**
 * Where each page lives, relative to the site root. Files, not folders, so the
 * site works from disk; these paths are part of the public data contract.
 */
export const paths = {
  home: 'index.html',
  documents: 'documents.html',
  document: (slug: string) => `documents/${slug}.html`,
  documentFile: (slug: string) => `documents/${slug}.txt`,
  passage: (slug: string, passageId: string) => `documents/${slug}.html#${passageId}`,
  documentsData: 'data/documents.json',
  search: 'search.html',
  explainer: 'explainer.html',
  chapter: (slug: string) => `explainer/${slug}.html`,
  explainerData: 'data/explainer.json',
  entities: 'entities.html',
  entity: (id: string) => `entities/${id}.html`,
  entitiesData: 'data/entities.json',
  timeline: 'timeline.html',
  event: (id: string) => `timeline.html#${id}`,
  timelineData: 'data/timeline.json',
  timelineCsv: 'data/timeline.csv',
} as const;

/**
 * A link from the page at `fromPathname` (as in `Astro.url.pathname`) to a
 * root-relative target, written relative so it works over http and from disk.
 */
export function relativeHref(fromPathname: string, target: string): string {
  const [targetPath = '', hash] = splitHash(target);
  const from = fromPathname.replace(/^\/+/, '');
  const fromPage = from === '' || from.endsWith('/') ? `${from}index.html` : from;
  if (targetPath === '' || targetPath === fromPage)
    return hash === undefined ? (fromPage.split('/').pop() ?? '') : `#${hash}`;
  const rel = posix.relative(posix.dirname(`/${fromPage}`), `/${targetPath}`);
  return hash === undefined ? rel : `${rel}#${hash}`;
}

function splitHash(target: string): [string, string | undefined] {
  const i = target.indexOf('#');
  return i === -1 ? [target, undefined] : [target.slice(0, i), target.slice(i + 1)];
}

import type { Translator } from '../../i18n/translate';
import { isSearchablePageType, UNTYPED_PAGE_TYPE } from '../../lib/search/page-types';
import { ui } from '../text/ui-text';
import type { PagefindFragment, PagefindSubResult } from './pagefind-types';
import { rankSections } from './rank-sections';

export interface ResultSection {
  title: string;
  href: string;
  excerpt: string;
}

/** One page in the results, ready to show. */
export interface SearchResult {
  title: string;
  href: string;
  /** What kind of page it is, as readers say it ("Source document"). */
  kind: string;
  /** YYYY-MM-DD, when the page has a date. */
  date: string;
  /** Shown under the title: the page's own matching text, when its sections do not say it. */
  excerpt: string;
  /** Headings and passages that match, best first. */
  sections: ResultSection[];
}

/**
 * Where a Pagefind result URL (root-relative, as the index stores it) lives
 * under the site root, which is a folder on a host or on disk.
 */
export function resultHref(pagefindUrl: string, siteRoot: string): string {
  return new URL(pagefindUrl.replace(/^\/+/, ''), siteRoot).href;
}

const sameText = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export function toSearchResult(data: PagefindFragment, siteRoot: string, t: Translator = ui()): SearchResult {
  const type = data.filters.type?.[0] ?? UNTYPED_PAGE_TYPE;
  const title = data.meta.title?.trim() || t('search.untitled');
  const ranked = rankSections(data.sub_results, data.raw_content ?? data.content);
  // The page's own heading says what the page link already says: its words belong to the page.
  const isPage = (s: PagefindSubResult) => !s.anchor || sameText(s.title, title);
  const anchored = ranked.filter((s) => !isPage(s));
  const pageLevel = ranked.find(isPage);
  return {
    title,
    href: resultHref(data.url, siteRoot),
    kind: isSearchablePageType(type) ? t(`kind.${type}.one`) : '',
    date: data.meta.date ?? '',
    excerpt: pageLevel?.excerpt ?? (anchored.length ? '' : data.excerpt),
    // Labelled with the page it opens: a document's name as a heading on a who's-who page is not that document.
    sections: anchored.map((s) => ({
      title: `${title} › ${s.title}`,
      href: resultHref(s.url, siteRoot),
      excerpt: s.excerpt,
    })),
  };
}

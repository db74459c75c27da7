import type { PageType } from '../search/page-types';
import type { Correction } from './structured-data';

/**
 * What a page says about itself, from the props its layout was given: the
 * sitemap, the feed and the share images are made from these, never from the
 * built HTML, so no title or text can hide a page from them.
 */
export interface PageRecord {
  /** The page's path in the site: `explainer/overview.html`, `index.html`. */
  path: string;
  /** Absolute canonical URL. */
  url: string;
  pageType: PageType;
  title: string;
  description: string;
  /** The page's own date (YYYY-MM-DD): a source's publication date. */
  published?: string;
  /** When the page last changed (YYYY-MM-DD). */
  updated?: string;
  corrections: Correction[];
  /** What its share card and `article:section` call the page. */
  section: string;
  /** Whether the page has a share image of its own, rendered at `shareImagePath(path)`. */
  ownImage: boolean;
}

import { type PageType, UNTYPED_PAGE_TYPE } from './page-types';

export interface PageSearchInfo {
  pageType?: PageType;
  /** YYYY-MM-DD */
  date?: string;
  /** The title of the source document the page belongs to. */
  documentTitle?: string;
  /** Other names the page's subject goes by, searched like its title. */
  aliases?: readonly string[];
}

/** Index pages only list other pages; searching them would repeat every title. */
export function isIndexedPage(pageType: PageType | undefined): boolean {
  return pageType !== 'index';
}

/**
 * The `data-*` attributes that give Pagefind a page's kind (but a source's:
 * see `UNTYPED_PAGE_TYPE`), date, year and document as filters, its date as
 * metadata and sort key, and its aliases as searchable metadata. Values sit in their own attributes and Pagefind reads
 * them from there, so no value can break its comma-separated syntax.
 */
export function searchAttributes(info: PageSearchInfo): Record<string, string> {
  const attributes: Record<string, string> = {};
  const filters: string[] = [];
  const meta: string[] = [];
  if (info.pageType && isIndexedPage(info.pageType)) {
    attributes['data-page-type'] = info.pageType;
    // The most common kind goes without a filter value, so the kinds' filter stays small.
    if (info.pageType !== UNTYPED_PAGE_TYPE) filters.push('type[data-page-type]');
  }
  if (info.date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(info.date)) {
      throw new Error(`BaseLayout: date "${info.date}" is not a date. Fix: pass it as YYYY-MM-DD.`);
    }
    attributes['data-date'] = info.date;
    attributes['data-year'] = info.date.slice(0, 4);
    attributes['data-pagefind-sort'] = 'date[data-date]';
    meta.push('date[data-date]');
    filters.push('year[data-year]');
  }
  if (info.documentTitle) {
    attributes['data-document'] = info.documentTitle;
    filters.push('document[data-document]');
  }
  const aliases = (info.aliases ?? []).map((a) => a.trim()).filter(Boolean);
  if (aliases.length) {
    attributes['data-aliases'] = aliases.join(' · ');
    meta.push('aliases[data-aliases]');
  }
  if (filters.length) attributes['data-pagefind-filter'] = filters.join(', ');
  if (meta.length) attributes['data-pagefind-meta'] = meta.join(', ');
  return attributes;
}

/** What kind of page this is, as BaseLayout's `pageType` names it. */
export type PageType =
  | 'home'
  | 'chapter'
  | 'person'
  | 'organisation'
  | 'group'
  | 'place'
  | 'term'
  | 'event'
  | 'source'
  | 'index';

/** Every kind a search result can be, in the order filters list them. Index pages only list others. */
export const searchablePageTypes = [
  'chapter',
  'person',
  'organisation',
  'group',
  'place',
  'term',
  'event',
  'source',
  'home',
] as const satisfies readonly PageType[];

export type SearchablePageType = (typeof searchablePageTypes)[number];

export function isSearchablePageType(value: string): value is SearchablePageType {
  return (searchablePageTypes as readonly string[]).includes(value);
}

/**
 * The kind most pages are, given no `type` filter value in the index: a filter
 * lists every page that has each value, so at 10,000 sources the kinds' filter
 * file, loaded by the first search, would list 10,000 pages. A page without a
 * kind is this one; searches ask for it as "none of the other kinds".
 */
export const UNTYPED_PAGE_TYPE = 'source' satisfies SearchablePageType;

/** The kinds that carry a `type` filter value in the index. */
export const typedPageTypes: readonly SearchablePageType[] = searchablePageTypes.filter(
  (type) => type !== UNTYPED_PAGE_TYPE,
);

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

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

/** How a kind reads on one result, and on a filter that selects all of them. */
export const pageTypeLabels: Record<SearchablePageType, { one: string; many: string }> = {
  chapter: { one: 'Chapter', many: 'Chapters' },
  person: { one: 'Person', many: 'People' },
  organisation: { one: 'Organisation', many: 'Organisations' },
  group: { one: 'Group', many: 'Groups' },
  place: { one: 'Place', many: 'Places' },
  term: { one: 'Term', many: 'Terms' },
  event: { one: 'Event', many: 'Events' },
  source: { one: 'Source document', many: 'Sources' },
  home: { one: 'Overview', many: 'Overview' },
};

export function isSearchablePageType(value: string): value is SearchablePageType {
  return (searchablePageTypes as readonly string[]).includes(value);
}

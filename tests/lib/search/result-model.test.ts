import { describe, expect, it } from 'vitest';
import { uiText } from '../../../src/i18n/ui-text';
import type { PagefindFragment, PagefindSubResult } from '../../../src/scripts/search/pagefind-types';
import { resultHref, toSearchResult } from '../../../src/scripts/search/result-model';

const t = uiText('en');

const sub = (title: string, url: string, locations: number[], anchored = true): PagefindSubResult => ({
  title,
  url,
  excerpt: `excerpt of ${title}`,
  locations,
  weighted_locations: locations.map((location) => ({ location, weight: 1, balanced_score: 1 })),
  ...(anchored ? { anchor: { element: 'div', id: url.split('#')[1] ?? '', location: 0 } } : {}),
});

const fragment = (overrides: Partial<PagefindFragment>): PagefindFragment => ({
  url: '/documents/port.html?highlight=crane',
  content: 'Port inspections. Harbour cranes at dawn. No crane here',
  excerpt: 'page excerpt',
  meta: { title: 'Port inspections', date: '2024-03-02' },
  // A source carries no kind in the index.
  filters: { year: ['2024'] },
  sub_results: [],
  ...overrides,
});

describe('result links resolve against the site root, on a host or on disk', () => {
  it('keeps the path, the highlight and the anchor', () => {
    expect(resultHref('/documents/port.html?highlight=crane#p-harbour', 'http://127.0.0.1:9/sub/')).toBe(
      'http://127.0.0.1:9/sub/documents/port.html?highlight=crane#p-harbour',
    );
    expect(resultHref('/index.html', 'file:///home/reader/site%20copy/')).toBe(
      'file:///home/reader/site%20copy/index.html',
    );
  });
});

describe('a page result', () => {
  it('shows the kind, the date and its matching passages, best first, linked to their anchors', () => {
    const result = toSearchResult(
      fragment({
        sub_results: [
          sub('Passage 1', '/documents/port.html?highlight=crane#p-one', [7]),
          sub('Passage 2', '/documents/port.html?highlight=crane#p-two', [2, 3]),
        ],
      }),
      'file:///site/',
      t,
    );
    expect(result).toEqual({
      title: 'Port inspections',
      href: 'file:///site/documents/port.html?highlight=crane',
      kind: 'Source document',
      date: '2024-03-02',
      excerpt: '',
      sections: [
        {
          title: 'Port inspections › Passage 2',
          href: 'file:///site/documents/port.html?highlight=crane#p-two',
          excerpt: 'excerpt of Passage 2',
        },
        {
          title: 'Port inspections › Passage 1',
          href: 'file:///site/documents/port.html?highlight=crane#p-one',
          excerpt: 'excerpt of Passage 1',
        },
      ],
    });
  });

  it('shows the page’s own excerpt when the words are above its first heading, or it has no headings', () => {
    const withTop = toSearchResult(
      fragment({ sub_results: [sub('Port inspections', '/documents/port.html', [0], false)] }),
      'http://x/',
      t,
    );
    expect(withTop.excerpt).toBe('excerpt of Port inspections');
    expect(withTop.sections).toEqual([]);
    expect(toSearchResult(fragment({}), 'http://x/', t).excerpt).toBe('page excerpt');
  });

  it('labels a section with the page it opens, not only with the heading it is under', () => {
    const entity = toSearchResult(
      fragment({
        meta: { title: 'Harbour Authority' },
        filters: { type: ['organisation'] },
        sub_results: [sub('Untitled article, April 15, 2025', '/entities/harbour.html#in-port', [2])],
      }),
      'http://x/',
      t,
    );
    expect(entity.sections.map((s) => s.title)).toEqual([
      'Harbour Authority › Untitled article, April 15, 2025',
    ]);
  });

  it('names a page without a kind in the index a source', () => {
    expect(toSearchResult(fragment({}), 'http://x/', t).kind).toBe(t('kind.source.one'));
  });

  it('names no kind it does not know and never shows an empty title', () => {
    const odd = toSearchResult(fragment({ meta: {}, filters: { type: ['spaceship'] } }), 'http://x/', t);
    expect(odd.kind).toBe('');
    expect(odd.title).toBe('Untitled page');
    expect(odd.date).toBe('');
  });

  it('folds the section under the page’s own heading into the page link', () => {
    const result = toSearchResult(
      fragment({
        meta: { title: 'Harbour Authority' },
        sub_results: [
          sub('Harbour Authority', '/entities/harbour-authority.html#entity-name', [0, 1]),
          sub('Mentioned in the sources', '/entities/harbour-authority.html#mentions', [9]),
        ],
      }),
      'http://x/',
      t,
    );
    expect(result.excerpt).toBe('excerpt of Harbour Authority');
    expect(result.sections.map((s) => s.title)).toEqual(['Harbour Authority › Mentioned in the sources']);
  });
});

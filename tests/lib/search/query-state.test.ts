import { describe, expect, it } from 'vitest';
import {
  emptyState,
  pagefindFilters,
  pagefindQuery,
  pagefindSort,
  readState,
  toggle,
  typeFilter,
  withoutFilter,
  withUntypedCount,
  writeState,
} from '../../../src/scripts/search/query-state';

describe('search links: ?q= and filters', () => {
  it('reads a shared link back into the search it came from', () => {
    const state = readState('?q=Harbour+CBSA&type=person&type=source&year=2025&document=A+%26+B&sort=newest');
    expect(state).toEqual({
      query: 'Harbour CBSA',
      types: ['person', 'source'],
      years: ['2025'],
      documents: ['A & B'],
      sort: 'newest',
    });
    expect(readState(writeState(state))).toEqual(state);
  });

  it('drops what no page can have: unknown kinds, non-years, blank documents, unknown sorts, repeats', () => {
    expect(
      readState(
        '?q=%20x%20&type=index&type=spaceship&type=term&type=term&year=25&year=2024&document=%20&sort=best',
      ),
    ).toEqual({
      ...emptyState,
      query: 'x',
      types: ['term'],
      years: ['2024'],
    });
  });

  it('writes nothing for an empty search and leaves relevance implicit', () => {
    expect(writeState(emptyState)).toBe('');
    expect(writeState({ ...emptyState, query: '  ' })).toBe('');
    expect(writeState({ ...emptyState, query: 'tren de aragua' })).toBe('?q=tren+de+aragua');
    expect(writeState({ ...emptyState, query: 'x', sort: 'oldest' })).toBe('?q=x&sort=oldest');
  });

  it('asks Pagefind for any of the chosen values within a filter, all filters together', () => {
    expect(pagefindFilters(emptyState)).toEqual({});
    expect(pagefindFilters({ ...emptyState, types: ['person', 'term'], years: ['2025'] })).toEqual({
      type: { any: ['person', 'term'] },
      year: { any: ['2025'] },
    });
    expect(pagefindFilters({ ...emptyState, documents: ['Port inspections'] })).toEqual({
      document: { any: ['Port inspections'] },
    });
  });

  it('asks for sources, which carry no kind in the index, as none of the kinds left out', () => {
    expect(typeFilter([])).toBeUndefined();
    expect(typeFilter(['person'])).toEqual({ any: ['person'] });
    expect(typeFilter(['source'])).toEqual({
      none: ['chapter', 'person', 'organisation', 'group', 'place', 'term', 'event', 'home'],
    });
    expect(typeFilter(['source', 'chapter', 'event'])).toEqual({
      none: ['person', 'organisation', 'group', 'place', 'term', 'home'],
    });
    const every = ['chapter', 'person', 'organisation', 'group', 'place', 'term', 'event', 'source', 'home'];
    expect(typeFilter(every)).toBeUndefined();
    expect(pagefindFilters({ ...emptyState, types: ['source'], years: ['2025'] })).toEqual({
      type: { none: ['chapter', 'person', 'organisation', 'group', 'place', 'term', 'event', 'home'] },
      year: { any: ['2025'] },
    });
  });

  it('counts sources as the results no kind counted', () => {
    expect(withUntypedCount({ chapter: 2, person: 1 }, 10)).toEqual({ chapter: 2, person: 1, source: 7 });
    expect(withUntypedCount(undefined, 4)).toEqual({ source: 4 });
    expect(withUntypedCount({ chapter: 3 }, 3)).toEqual({ chapter: 3, source: 0 });
  });

  it('sorts by date only when asked', () => {
    expect(pagefindSort('relevance')).toEqual({});
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
    expect(pagefindSort('oldest')).toEqual({ date: 'asc' });
  });

  it('toggles a filter value', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('turns symbols into spaces, so text that looks like markup finds its passage', () => {
    expect(pagefindQuery('<script>alert("x")</script>')).toBe('script alert("x") /script');
    expect(pagefindQuery('<Component />')).toBe('Component /');
    expect(pagefindQuery('{1 + 1} and {expr}')).toBe('{1 1} and {expr}');
    expect(pagefindQuery('zero\u200Bwidth and 🇲🇽 flag.')).toBe('zero\u200Bwidth and flag.');
    expect(pagefindQuery('U.S.-Mexico “Tren de Aragua” today')).toBe('U.S.-Mexico Tren de Aragua today');
    expect(pagefindQuery(' <> ')).toBe('');
  });

  it('passes a phrase in quotation marks on as one exact phrase', () => {
    expect(pagefindQuery('“No timetable has been set.”')).toBe('"No timetable has been set."');
    expect(pagefindQuery('«La reunión terminó»')).toBe('"La reunión terminó"');
    // A quotation inside the quoted phrase would end it early.
    expect(pagefindQuery('"the director said "no rush" today"')).toBe('"the director said no rush today"');
    // An unpaired mark is no phrase: the words are searched on their own.
    expect(pagefindQuery('director said "no rush')).toBe('director said no rush');
    expect(pagefindQuery('"')).toBe('');
    // Curly marks inside pasted text are its punctuation, not a phrase of their own.
    expect(pagefindQuery('“No rush,” the director said')).toBe('No rush, the director said');
  });

  it('drops one filter, keeping the others, to count that filter’s values', () => {
    const state = { ...emptyState, query: 'x', types: ['term' as const], years: ['2025'] };
    expect(withoutFilter(state, 'type')).toEqual({ ...state, types: [] });
    expect(pagefindFilters(withoutFilter(state, 'year'))).toEqual({ type: { any: ['term'] } });
  });
});

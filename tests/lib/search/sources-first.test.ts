import { describe, expect, it } from 'vitest';
import { phraseOf, sourcesFirst } from '../../../src/scripts/search/sources-first';

describe('phraseOf', () => {
  it('takes a quoted phrase as it is, and four or more words as a phrase', () => {
    expect(phraseOf('"no timetable"')).toBe('"no timetable"');
    expect(phraseOf('No timetable has been set.')).toBe('"No timetable has been set."');
  });

  it('leaves short searches and mixes of phrases and words to Pagefind', () => {
    expect(phraseOf('harbour director')).toBeNull();
    expect(phraseOf('"harbour director" said today')).toBeNull();
    expect(phraseOf('"a" "b"')).toBeNull();
  });
});

describe('sourcesFirst', () => {
  it('puts the sources holding the phrase first, in their order, and every other result after, once', () => {
    const results = [
      { id: 'chapter' },
      { id: 'entity' },
      { id: 'source-b', from: 'words' },
      { id: 'source-a' },
    ];
    const sources = [{ id: 'source-a' }, { id: 'source-b', from: 'phrase' }];
    expect(sourcesFirst(results, sources)).toEqual([
      { id: 'source-a' },
      { id: 'source-b', from: 'phrase' },
      { id: 'chapter' },
      { id: 'entity' },
    ]);
    expect(sourcesFirst(results, [])).toEqual(results);
  });
});

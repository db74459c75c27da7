import { describe, expect, it } from 'vitest';
import { findQuotations, findVerbatim, normalizeForQuote } from '../../../src/lib/citations/quotations';

const texts = (prose: string) => findQuotations(prose).quotations.map((q) => q.text);

describe('finding quotations in prose', () => {
  it('finds curly and straight double quotations', () => {
    expect(texts('He called it “a whole of government effort” and a "finely tuned machine".')).toEqual([
      'a whole of government effort',
      'finely tuned machine',
    ]);
  });

  it('finds single-quoted words at word edges but not apostrophes', () => {
    expect(texts("The article’s 'finely tuned machine' phrase; the cartels' routes.")).toEqual([
      'finely tuned machine',
    ]);
    expect(texts('Ellis’s remark, the agency’s ‘savvy’ adversary')).toEqual(['savvy']);
    expect(texts("It's the '90s")).toEqual([]);
  });

  it('keeps single quotes inside a double quotation as part of it', () => {
    expect(texts('“He said ‘no’ twice”')).toEqual(['He said ‘no’ twice']);
  });

  it('reports an unclosed or unopened double quotation mark', () => {
    expect(findQuotations('He said “this and never closed it.').unbalancedAt).toBe(8);
    expect(findQuotations('A stray ” mark.').unbalancedAt).toBe(8);
    expect(findQuotations('“One” and “two”.').unbalancedAt).toBeUndefined();
  });

  it('records where each quotation starts', () => {
    expect(findQuotations('ab “cd”').quotations).toEqual([{ text: 'cd', start: 3 }]);
  });
});

describe('comparing a quotation with its source', () => {
  it('normalises only quotation marks and white space', () => {
    expect(normalizeForQuote('  “It’s”\n  a  test ').text).toBe('"It\'s" a test');
    expect(normalizeForQuote('Case – Dash…').text).toBe('Case – Dash…');
  });

  it('finds words that differ only in quote style and spacing, with offsets into the source', () => {
    const source = '“It’s a whole of government effort,” he added.';
    const found = findVerbatim(source, "It's a whole  of\ngovernment effort");
    expect(found).toEqual({ start: 1, end: 34 });
    expect(source.slice(found?.start, found?.end)).toBe('It’s a whole of government effort');
  });

  it('refuses any other difference: case, punctuation, a changed word, an ellipsis', () => {
    const source = 'Last month, Mexico deployed 10,000 troops to its northern border.';
    expect(findVerbatim(source, 'last month')).toBeUndefined();
    expect(findVerbatim(source, 'Mexico deployed 10000 troops')).toBeUndefined();
    expect(findVerbatim(source, 'Mexico sent 10,000 troops')).toBeUndefined();
    expect(findVerbatim(source, 'Mexico deployed … troops')).toBeUndefined();
    expect(findVerbatim(source, '')).toBeUndefined();
    expect(findVerbatim(source, 'Mexico deployed 10,000 troops')).toEqual({ start: 12, end: 41 });
  });
});

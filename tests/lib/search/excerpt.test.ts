import { describe, expect, it } from 'vitest';
import { excerptParts, withEllipses } from '../../../src/scripts/search/excerpt';

describe('excerpts become text and highlighted words, never markup', () => {
  it('splits at the marks Pagefind adds', () => {
    expect(excerptParts('Acting port director <mark>Harbour</mark> <mark>Board</mark> said.')).toEqual([
      { text: 'Acting port director ', marked: false },
      { text: 'Harbour', marked: true },
      { text: ' ', marked: false },
      { text: 'Board', marked: true },
      { text: ' said.', marked: false },
    ]);
  });

  it('shows document text that looks like markup as the text it is', () => {
    const parts = excerptParts(
      '&lt;script&gt;<mark>alert("x")&lt;/script&gt;</mark> &lt;mark&gt;not a mark&lt;/mark&gt;',
    );
    expect(parts).toEqual([
      { text: '<script>', marked: false },
      { text: 'alert("x")</script>', marked: true },
      { text: ' <mark>not a mark</mark>', marked: false },
    ]);
  });

  it('gives nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });

  it('marks where an excerpt cuts into a sentence', () => {
    const cut = withEllipses(excerptParts('and the <mark>Harbour</mark>. A sourced explainer on the'));
    expect(cut.map((p) => p.text).join('')).toBe('… and the Harbour. A sourced explainer on the …');
    expect(cut[2]).toEqual({ text: 'Harbour', marked: true });
    const whole = withEllipses(excerptParts('“It’s a whole of <mark>government</mark> effort,” he added.'));
    expect(whole.map((p) => p.text).join('')).toBe('“It’s a whole of government effort,” he added.');
    expect(withEllipses([])).toEqual([]);
  });
});

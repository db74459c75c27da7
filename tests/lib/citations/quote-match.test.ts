import { describe, expect, it } from 'vitest';
import { findVerbatim } from '../../../src/lib/citations/quotations';
import { insideSourceQuotes, matchQuotation, splitFragments } from '../../../src/lib/citations/quote-match';

const wire =
  'GENOA (Harbour Wire) — The port authority called the smuggling ring “the most disruptive criminal organization we have seen in the Mediterranean,” and said unprecedented action would follow. “[We’re] doubling the inspections,” the director said.';

describe('whole words only', () => {
  it('refuses part of a word at either end', () => {
    expect(findVerbatim(wire, 'precedented action')).toBeUndefined();
    expect(findVerbatim(wire, 'unprecedented actio')).toBeUndefined();
    expect(findVerbatim('drone strikes were discussed', 'drone strike')).toBeUndefined();
    expect(matchQuotation(wire, 'precedented action')).toEqual({ ok: false, missing: 'precedented action' });
  });

  it('accepts the same words at word edges', () => {
    expect(findVerbatim(wire, 'unprecedented action')).toBeDefined();
    expect(matchQuotation(wire, 'the Mediterranean,')).toMatchObject({ ok: true });
  });
});

describe('editors’ ellipses and brackets', () => {
  it('splits a quotation into the fragments between cuts', () => {
    expect(splitFragments('the most … organization ... in [the] Mediterranean')).toEqual({
      fragments: ['the most', 'organization', 'in', 'Mediterranean'],
      ellipsisBefore: [false, true, true, false],
    });
  });

  it('accepts fragments in order in one passage', () => {
    expect(
      matchQuotation(wire, 'the most disruptive criminal organization … in the Mediterranean'),
    ).toMatchObject({ ok: true });
    expect(matchQuotation(wire, '[We’re] doubling the inspections')).toMatchObject({ ok: true });
    expect(matchQuotation(wire, '[They are] doubling the inspections')).toMatchObject({ ok: true });
  });

  it('names the fragment that is missing, and the one it should follow', () => {
    expect(matchQuotation(wire, 'the most disruptive … in the Atlantic')).toEqual({
      ok: false,
      missing: 'in the Atlantic',
      after: 'the most disruptive',
    });
    expect(matchQuotation(wire, 'in the Mediterranean … the most disruptive')).toEqual({
      ok: false,
      missing: 'the most disruptive',
      after: 'in the Mediterranean',
    });
    expect(matchQuotation(wire, 'the most … precedented action')).toMatchObject({
      ok: false,
      missing: 'precedented action',
    });
  });

  it('lets brackets stand for a few words, not a whole sentence', () => {
    expect(matchQuotation(wire, 'The port authority [said] would follow')).toMatchObject({ ok: false });
  });
});

describe('inside or outside the source’s quotation marks', () => {
  const spans = (words: string) => {
    const m = matchQuotation(wire, words);
    return m.ok ? m.spans : [];
  };
  it('tells quoted words from the article’s narration', () => {
    expect(insideSourceQuotes(wire, spans('the most disruptive criminal organization'))).toBe(true);
    expect(insideSourceQuotes(wire, spans('[We’re] doubling the inspections'))).toBe(true);
    expect(insideSourceQuotes(wire, spans('unprecedented action would follow'))).toBe(false);
    expect(insideSourceQuotes(wire, spans('Mediterranean … unprecedented action'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeForQuote } from '../../../src/lib/citations/quotations';
import { smartQuotes } from '../../../src/lib/explainer/smart-quotes';

describe('smart quotes', () => {
  it('curls double and single quotation marks and apostrophes', () => {
    expect(smartQuotes(`He said "It's a 'whole' effort" (and "more").`)).toBe(
      'He said “It’s a ‘whole’ effort” (and “more”).',
    );
    expect(smartQuotes('"Start" and the cartels\' routes')).toBe('“Start” and the cartels’ routes');
  });

  it('changes nothing a quotation check would see', () => {
    const text = `"It's their country," Maltz said.`;
    expect(normalizeForQuote(smartQuotes(text)).text).toBe(normalizeForQuote(text).text);
  });
});

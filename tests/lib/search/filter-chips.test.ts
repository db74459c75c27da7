import { describe, expect, it } from 'vitest';
import { uiText } from '../../../src/i18n/ui-text';
import { documentChoices, typeChips, yearChips } from '../../../src/lib/search/filter-chips';

const t = uiText('en');

describe('filter chips offer what the words found', () => {
  it('kinds in a fixed order, with plural labels, hiding kinds without results and unknown kinds', () => {
    const chips = typeChips({ source: 3, person: 1, event: 0, spaceship: 4 }, [], t);
    expect(chips).toEqual([
      { value: 'person', label: 'People', count: 1, pressed: false },
      { value: 'source', label: 'Sources', count: 3, pressed: false },
    ]);
  });

  it('keeps a chosen value even when the words found none of it, so it can be turned off', () => {
    expect(typeChips({ source: 2 }, ['term'], t).map((c) => [c.value, c.count, c.pressed])).toEqual([
      ['term', 0, true],
      ['source', 2, false],
    ]);
  });

  it('years newest first, documents by title', () => {
    expect(yearChips({ '2024': 1, '2025': 2 }, []).map((c) => c.value)).toEqual(['2025', '2024']);
    expect(documentChoices({ 'b doc': 1, 'A doc': 1 }, []).map((c) => c.value)).toEqual(['A doc', 'b doc']);
    expect(yearChips(undefined, [])).toEqual([]);
  });
});

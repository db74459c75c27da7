import { describe, expect, it } from 'vitest';
import { createMentionFinder, toSegments } from '../../../src/lib/entities/find-mentions';

const find = createMentionFinder([
  { id: 'dea', name: 'DEA', aliases: [] },
  { id: 'maltz', name: 'Derek Maltz', aliases: ['Maltz'] },
  { id: 'rumble', name: 'Rumble', aliases: [] },
  { id: 'wog', name: 'whole of government', aliases: [] },
  { id: 'ms-13', name: 'MS-13', aliases: [] },
  { id: 'cbp', name: 'Customs and Border Protection', aliases: ['CBP'] },
  { id: 'us', name: 'U.S.', aliases: [] },
]);
const named = (text: string) => find(text).map((s) => [s.id, text.slice(s.start, s.end)]);

describe('finding mentions', () => {
  it('matches whole words only, with case', () => {
    expect(named('Acting DEA Administrator; an idea; the DEA’s view; dea')).toEqual([
      ['dea', 'DEA'],
      ['dea', 'DEA'],
    ]);
    expect(named('formerly Rumble general counsel, a distant rumble')).toEqual([['rumble', 'Rumble']]);
  });

  it('prefers the longer name where names overlap', () => {
    expect(named('Acting DEA Administrator Derek Maltz said. Maltz added')).toEqual([
      ['dea', 'DEA'],
      ['maltz', 'Derek Maltz'],
      ['maltz', 'Maltz'],
    ]);
  });

  it('lets a lower-case name start with a capital, across line breaks', () => {
    expect(named('Whole of\ngovernment, a whole of government effort')).toEqual([
      ['wog', 'Whole of\ngovernment'],
      ['wog', 'whole of government'],
    ]);
  });

  it('handles punctuation inside names and at their edges', () => {
    expect(named("El Salvador's MS-13 and MS-130; Customs and Border Protection (CBP); U.S.-Mexico")).toEqual(
      [
        ['ms-13', 'MS-13'],
        ['cbp', 'Customs and Border Protection'],
        ['cbp', 'CBP'],
        ['us', 'U.S.'],
      ],
    );
  });

  it('finds nothing without entities', () => {
    expect(createMentionFinder([])('DEA')).toEqual([]);
  });
});

describe('segments', () => {
  it('cut a text into pieces that join back to it', () => {
    const text = 'Maltz, of the DEA, spoke.';
    const segments = toSegments(text, find(text));
    expect(segments).toEqual([
      { text: 'Maltz', id: 'maltz' },
      { text: ', of the ' },
      { text: 'DEA', id: 'dea' },
      { text: ', spoke.' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});

describe('finding mentions in real copy', () => {
  const news = createMentionFinder([
    { id: 'mexico', name: 'Mexico', aliases: ['México'], not: ['New Mexico', 'Gulf of Mexico'] },
    { id: 'mexico-city', name: 'Mexico City', aliases: [] },
    { id: 'sinaloa', name: 'Sinaloa Cartel', aliases: [] },
    { id: 'agency', name: 'Continental Press', aliases: [] },
    { id: 'admin', name: 'Trump administration', aliases: [] },
    { id: 'trump', name: 'Donald Trump', aliases: ['Trump'], not: ['Trump Tower'] },
    { id: 'dea', name: 'DEA', aliases: [] },
    { id: 'culiacan', name: 'Culiacán', aliases: [] },
  ]);
  const named = (text: string) => news(text).map((s) => [s.id, text.slice(s.start, s.end)]);

  it('matches a name whatever the case after its first letter, or all in capitals', () => {
    expect(named('the Sinaloa cartel; THE CONTINENTAL PRESS; the Trump Administration')).toEqual([
      ['sinaloa', 'Sinaloa cartel'],
      ['agency', 'CONTINENTAL PRESS'],
      ['admin', 'Trump Administration'],
    ]);
  });

  it('never takes a common term in title case for itself', () => {
    const terms = createMentionFinder([{ id: 'pa', name: 'port authority', aliases: [] }]);
    const text = 'Port authority staff; the Port Authority; PORT AUTHORITY';
    expect(terms(text).map((s) => text.slice(s.start, s.end))).toEqual(['Port authority', 'PORT AUTHORITY']);
  });

  it('still never matches an acronym inside a word or in other case', () => {
    expect(named('the idea; Dea; IDEA; DEA')).toEqual([['dea', 'DEA']]);
  });

  it('never takes a longer name for a shorter one inside it', () => {
    expect(named('New Mexico, the Gulf of Mexico, MEXICO CITY and Mexico; Trump Tower; Trump said')).toEqual([
      ['mexico-city', 'MEXICO CITY'],
      ['mexico', 'Mexico'],
      ['trump', 'Trump'],
    ]);
  });

  it('matches a decomposed accent', () => {
    expect(named('Culiaca\u0301n residents')).toEqual([['culiacan', 'Culiaca\u0301n']]);
  });
});

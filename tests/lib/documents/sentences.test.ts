import { describe, expect, it } from 'vitest';
import { openingWords, sentences } from '../../../src/lib/documents/sentences';

const texts = (text: string, language?: string) => sentences(text, language).map((s) => s.text);

describe('sentences', () => {
  it('do not end at abbreviations, initials, titles or decimals', () => {
    expect(
      texts(
        'On Monday morning, U.S. Officials met. E.O. 14157 took effect. J. R. Smith and Gen. Ruiz said 2.5 percent. Done.',
      ),
    ).toEqual([
      'On Monday morning, U.S. Officials met.',
      'E.O. 14157 took effect.',
      'J. R. Smith and Gen. Ruiz said 2.5 percent.',
      'Done.',
    ]);
  });

  it('do not end at a dateline’s state or a month’s abbreviation', () => {
    expect(texts('LONG BEACH, Calif. (CW) — Dock workers stayed out on Sept. 3. Talks resume.')).toEqual([
      'LONG BEACH, Calif. (CW) — Dock workers stayed out on Sept. 3.',
      'Talks resume.',
    ]);
  });

  it('run on across a hard line wrap', () => {
    expect(texts('In January\n2025, the branch signed an order. Then it\nwas published.')).toEqual([
      'In January\n2025, the branch signed an order.',
      'Then it\nwas published.',
    ]);
  });

  it('keep reference markers with the sentence they follow', () => {
    expect(texts('It formed in 1989.[4][5] Its leaders were arrested.[6]')).toEqual([
      'It formed in 1989.[4][5]',
      'Its leaders were arrested.[6]',
    ]);
  });

  it('say where each starts in the text', () => {
    const text = '  First one. Second one.';
    for (const s of sentences(text)) expect(text.slice(s.index, s.index + s.text.length)).toBe(s.text);
  });

  it('split Spanish too', () => {
    expect(texts('Él dijo que sí. La presidenta habló el lunes.', 'es')).toEqual([
      'Él dijo que sí.',
      'La presidenta habló el lunes.',
    ]);
  });
});

describe('openingWords', () => {
  it('are whole sentences, markers and wraps dropped, or the first one cut at a word', () => {
    expect(
      openingWords('The cartel formed.[1] It grew\nquickly. Then much more happened later on.', 40),
    ).toBe('The cartel formed. It grew quickly.');
    expect(openingWords('One very long sentence that goes on and on without any end in sight.', 30)).toBe(
      'One very long sentence that…',
    );
  });
});

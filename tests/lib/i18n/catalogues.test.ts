import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientKeys } from '../../../src/i18n/client-keys';
import { en } from '../../../src/i18n/en';
import { translator } from '../../../src/i18n/translate';
import { catalogueFor, catalogues, clientStrings, uiText } from '../../../src/i18n/ui-text';
import { projectRoot } from '../../helpers/build-site';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface text catalogues', () => {
  it('every language has exactly the English keys, each with the same placeholders', () => {
    for (const [language, catalogue] of Object.entries(catalogues)) {
      expect(Object.keys(catalogue).sort(), language).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(catalogue)) {
        expect(placeholders(text ?? ''), `${language} ${key}`).toEqual(
          placeholders(en[key as keyof typeof en]),
        );
      }
    }
  });

  it('a region tag uses its language, and a language without a catalogue falls back to English', () => {
    expect(catalogueFor('es-MX')['nav.timeline']).toBe('Cronología');
    expect(catalogueFor('fr')['nav.timeline']).toBe('Timeline');
  });

  it('a key the language lacks falls back to English', () => {
    catalogues.xx = { 'nav.home': 'Hjem' };
    try {
      const t = uiText('xx');
      expect(t('nav.home')).toBe('Hjem');
      expect(t('nav.search')).toBe('Search');
    } finally {
      delete catalogues.xx;
    }
  });

  it('hands client scripts every key they look up, in the site’s language', async () => {
    const strings = clientStrings('es', clientKeys);
    expect(strings['copy.linkCopied']).toBe('Enlace copiado');
    // Every catalogue key written in a client script (and the plural forms it counts) is handed over.
    const used = new Set<string>();
    for (const file of await readdir(join(projectRoot, 'src/scripts'), { recursive: true })) {
      if (!file.endsWith('.ts')) continue;
      const source = await readFile(join(projectRoot, 'src/scripts', file), 'utf8');
      for (const [, key] of source.matchAll(/'([a-zA-Z]+\.[a-zA-Z.]+)'/g))
        if (key && key in en) used.add(key);
      for (const [, noun] of source.matchAll(/count\([^;]*?'([a-zA-Z]+)'/g)) used.add(`count.${noun}.other`);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !(key in strings))).toEqual([]);
  });
});

describe('translator', () => {
  it('fills in values and writes numbers the language’s way', () => {
    const t = translator({ 'x.of': '{n} of {total}', 'x.name': 'Hello {name}' }, 'en');
    expect(t('x.of', { n: 1200, total: 3408 })).toBe('1,200 of 3,408');
    expect(t('x.name', { name: 'you' })).toBe('Hello you');
    expect(t('x.missing')).toBe('x.missing');
  });

  it('chooses plural forms by the language’s rules', () => {
    const english = uiText('en');
    expect(english.count(1, 'event')).toBe('1 event');
    expect(english.count(0, 'event')).toBe('0 events');
    expect(english.count(3408, 'date')).toBe('3,408 dates');
    const spanish = uiText('es');
    expect(spanish.count(1, 'passage')).toBe('1 pasaje');
    expect(spanish.count(2, 'passage')).toBe('2 pasajes');
    // Spanish groups thousands from five digits, and has a "many" form for millions (falls back to "other").
    expect(spanish.count(12_500, 'file')).toBe('12.500 archivos');
    expect(spanish.count(1_000_000, 'file')).toBe('1.000.000 archivos');
  });
});

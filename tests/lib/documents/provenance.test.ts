import { describe, expect, it } from 'vitest';
import { uiText } from '../../../src/i18n/ui-text';
import { parseDocument } from '../../../src/lib/documents/parse-document';
import { provenanceLine, uncheckable } from '../../../src/lib/documents/provenance';

const bytes = new TextEncoder().encode(
  'date 2024-11-03\n\nOfficials said on Sunday that talks would resume.\n',
);
const parse = (source: string) =>
  parseDocument({
    file: 'content/documents/a.txt',
    bytes,
    sidecar: { file: 'content/documents/a.meta.yaml', source },
  });

describe('sidecar provenance', () => {
  it('reads the type and what the document relays, in order', () => {
    const doc = parse(
      'provenance:\n  type: rewrite\n  relays:\n    - by: Wire Service\n      what: report\n    - by: Radio Ejemplo\n      what: interview\n',
    );
    expect(doc.provenance).toEqual({
      type: 'rewrite',
      relays: [
        { by: 'Wire Service', what: 'report' },
        { by: 'Radio Ejemplo', what: 'interview' },
      ],
    });
    expect(provenanceLine(doc.provenance)).toBe(
      'Rewrite of others’ reporting; relays Wire Service (report), Radio Ejemplo (interview)',
    );
  });

  it('rejects a type it does not know, naming the file and line', () => {
    expect(() => parse('publisher: X\nprovenance:\n  type: aggregated\n')).toThrow(
      /a\.meta\.yaml:3.*provenance\.type/s,
    );
  });

  it('says plainly when nothing is recorded', () => {
    expect(parse('').provenance).toBeNull();
    expect(provenanceLine(null)).toBe('Not recorded whether original or a rewrite');
  });

  it("speaks the site's language", () => {
    const es = uiText('es');
    expect(provenanceLine(null, es)).toBe('No consta si es información propia o una reelaboración');
    expect(
      provenanceLine({ type: 'rewrite', relays: [{ by: 'Agencia Regional', what: 'teletipo' }] }, es),
    ).toBe('Reelaboración de información ajena; recoge Agencia Regional (teletipo)');
  });
});

describe('uncheckable', () => {
  it('lists what a reader cannot check: publisher, original URL, provenance', () => {
    expect(uncheckable({ publisher: null, sourceUrl: null, provenance: null })).toEqual([
      'publisher',
      'original URL',
      'provenance',
    ]);
    expect(
      uncheckable({
        publisher: 'P',
        sourceUrl: 'https://p.example/a',
        provenance: { type: 'unknown', relays: [] },
      }),
    ).toEqual(['provenance']);
    expect(
      uncheckable({
        publisher: 'P',
        sourceUrl: 'https://p.example/a',
        provenance: { type: 'original', relays: [] },
      }),
    ).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignPassageIds, baseId, PASSAGE_ID } from '../../../src/lib/documents/passage-ids';

describe('passage ids of real-world text', () => {
  it('part words at a line break', () => {
    expect(baseId('Posted by Ken Silva\nDrones: a drone program')).toBe('p-posted-ken-silva-drones');
    expect(baseId('Surveillance\nflights over northern Mexico rose')).toBe(
      'p-surveillance-flights-over-northern',
    );
  });

  it('part words at an underscore, as in a handle', () => {
    expect(baseId('@kristina_wong posted a video')).toBe('p-kristina-wong-posted-video');
  });

  it('are the same for a composed and a decomposed accent', () => {
    expect(baseId('Culiaca\u0301n residents reported gunfire')).toBe(
      baseId('Culiacán residents reported gunfire'),
    );
    expect(baseId('Cafe\u0301s and shops')).toMatch(PASSAGE_ID);
  });

  it('drop zero-width joiners and keep Indic words whole', () => {
    expect(baseId('\u200D\u200DBorder update: crossings reopened')).toBe(
      'p-border-update-crossings-reopened',
    );
    const hindi = baseId('मेक्सिको सरकार ने मंगलवार को कहा');
    expect(hindi).toMatch(PASSAGE_ID);
    expect(hindi.startsWith('p-मेक्सिको-')).toBe(true);
  });

  it('leave reference markers out', () => {
    expect(baseId('[1] The cartel[2] was formed')).toBe('p-cartel-formed');
  });

  it('number ten thousand identical passages as before, one by one', () => {
    const ids = assignPassageIds(Array.from({ length: 10_000 }, () => 'Advertisement'));
    expect(new Set(ids).size).toBe(10_000);
    expect(ids.slice(0, 3)).toEqual(['p-advertisement', ids[1], `${ids[1]}-2`]);
    expect(ids[9_999]).toBe(`${ids[1]}-9999`);
  });
});

describe('passage ids of arbitrary text (property)', () => {
  const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 80 });

  it('always match the documented pattern, are unique, and do not move when another passage is inserted', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), text, fc.nat(), (texts, extra, at) => {
        const ids = assignPassageIds(texts);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(PASSAGE_ID);
        expect(ids[0]).toBe(baseId(texts[0] ?? ''));
        // A passage asking for an id no other one asks for keeps the ids of all the others.
        if (texts.some((t) => baseId(t) === baseId(extra))) return;
        const where = at % (texts.length + 1);
        const after = assignPassageIds([...texts.slice(0, where), extra, ...texts.slice(where)]);
        expect([...after.slice(0, where), ...after.slice(where + 1)]).toEqual(ids);
      }),
      { numRuns: 10_000 },
    );
    // Ten thousand cases take a few seconds on a busy machine; the default 5 s is for single cases.
  }, 60_000);
});

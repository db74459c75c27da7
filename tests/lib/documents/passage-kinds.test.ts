import { describe, expect, it } from 'vitest';
import { classifyPassage } from '../../../src/lib/documents/classify-passage';
import { parseDocument } from '../../../src/lib/documents/parse-document';

const kind = (text: string, context = {}) => classifyPassage(text, context).kind;

describe('page furniture', () => {
  it.each([
    'By A. Reporter and B. Writer, Harbor Wire Service',
    'Por E. Redactora, Diario del Valle',
    'WASHINGTON (CP) —',
    'Mar 31, 2025, 8:17 AM',
    'Updated 6:42 PM EST, Thu February 20, 2025',
    'Published 3:45 p.m. ET April 15, 2025',
    '20 de marzo de 2025',
    'THE CONTINENTAL PRESS',
    'Story continues below advertisement',
    'Advertisement',
    'Publicidad',
    'POLITICS',
    '0:43 Mexico sends troops to border as tariff deadline nears',
    'Related: Saturday, March 2...',
    '© 2025 Ledger Media Group. Independent journalism since 1914.',
    'Copyright 2025 Harbor Wire Service. All rights reserved.',
    'Legislative Research Office | Insight',
  ])('%s', (text) => {
    expect(kind(text, { next: 'A paragraph follows here, as it does on the page.' })).toBe('furniture');
  });

  it('is the headline when it repeats the sidecar title, even in quotation marks', () => {
    expect(
      kind('Mexico sends troops to its northern border', {
        title: 'Mexico sends troops to its northern border',
        next: 'x.',
      }),
    ).toBe('furniture');
    expect(
      kind('«Las cárceles son el centro del problema»', {
        title: '«Las cárceles son el centro del problema»',
      }),
    ).toBe('furniture');
    expect(
      kind('Legislative Research Office', { publisher: 'Legislative Research Office', next: 'x.' }),
    ).toBe('furniture');
  });

  it('is never a sentence that happens to start with "By" or name a date', () => {
    expect(kind('By the end of the year, the list could grow.')).toBe('paragraph');
    expect(kind('The crossing reopened on April 9, 2025.')).toBe('paragraph');
  });
});

describe('headings and captions', () => {
  it('a short line with text after it is a heading; the same line at the end is a caption', () => {
    expect(kind('The beginnings of Tren de Aragua', { next: 'The group grew out of a prison.' })).toBe(
      'heading',
    );
    expect(kind('Strength', { next: 'Estimates of its size vary.' })).toBe('heading');
    expect(kind('Strength')).toBe('caption');
  });

  it('keeps a parenthesised label a caption', () => {
    expect(kind('MQ-9 Reaper Drone with Customs and Border Protection (CBP)', { next: 'Body.' })).toBe(
      'caption',
    );
  });

  it.each([
    'Soldiers stand guard at a crossing in Ciudad Juárez on Sunday. AFP/GETTY IMAGES',
    'A truck waits to cross the border at Nogales, Arizona, on Friday. (CP Photo/I. Photographer)',
    'Officers use a scanner at the Bridge of the Americas in El Paso, Texas. Photo: The Daily Ledger',
    'Inmates sit in a cell block at a prison in Tecoluca, El Salvador, on March 16, 2025. REUTERS',
  ])('a whole sentence ending in a credit is a caption: %s', (text) => {
    expect(kind(text, { next: 'Body.' })).toBe('caption');
  });

  it('a passage ending in reference markers is a paragraph', () => {
    expect(kind('Joaquín Guzmán led the cartel for much of that period.[7]', { next: 'x' })).toBe(
      'paragraph',
    );
    expect(kind('It has operated since the late 1980s.[3][18]')).toBe('paragraph');
  });

  it('a sentence ending in a danda is a paragraph', () => {
    expect(kind('मेक्सिको सरकार ने मंगलवार को कहा कि सीमा पर सैनिक तैनात रहेंगे।', { next: 'x' })).toBe('paragraph');
  });

  it('reads a post embedded in a Spanish page, with its Spanish date', () => {
    expect(
      classifyPassage('Llegó la Guardia. #Seguridad — Gobierno de México (@GobiernoMX) 4 de febrero de 2025'),
    ).toEqual({
      kind: 'embed',
      embed: { author: 'Gobierno de México', handle: 'GobiernoMX', date: '2025-02-04' },
    });
  });
});

const encode = (text: string) => new TextEncoder().encode(text);
const parse = (text: string, sidecar?: string) =>
  parseDocument({
    file: 'x.txt',
    bytes: encode(text),
    sidecar: sidecar === undefined ? undefined : { file: 'x.meta.yaml', source: sidecar },
  });

describe('the sidecar’s kinds and the derived title', () => {
  const text =
    'date 2025-04-15\nPOLITICS\n\nBy A. Reporter, Meridian News\n\nKey points\n\nThe agency said on Tuesday that it would act.\n';

  it('takes the opening from the first paragraph, never from furniture or a heading', () => {
    const doc = parse(text);
    expect(doc.passages.map((p) => p.kind)).toEqual(['furniture', 'furniture', 'heading', 'paragraph']);
    expect(doc.title).toBe('Untitled article, April 15, 2025');
    expect(doc.opening).toBe('The agency said on Tuesday that it would act.');
  });

  it('takes a lone short line amid the text for a caption, several for headings', () => {
    const lone = parse(
      'date 2025-04-15\nThe port said so.\n\nHarbour cranes at dawn\n\nNo timetable has been set.\n',
    );
    expect(lone.passages.map((p) => p.kind)).toEqual(['paragraph', 'caption', 'paragraph']);
    const two = parse(
      'date 2025-04-15\nThe port said so.\n\nWhy it matters\n\nIt does.\n\nWhat comes next\n\nMore.\n',
    );
    expect(two.passages.map((p) => p.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
    ]);
  });

  it('lets the editors correct a kind, by id or alias', () => {
    const doc = parse(text, 'kinds:\n  p-key-points: paragraph\n  p-politics: heading\n');
    expect(doc.passages.map((p) => p.kind)).toEqual(['heading', 'furniture', 'paragraph', 'paragraph']);
  });

  it('names the line of a kind given for a passage that does not exist', () => {
    expect(() => parse(text, 'title: T\nkinds:\n  p-nowhere: heading\n')).toThrow(
      /x\.meta\.yaml:3.*p-nowhere/s,
    );
  });

  it('refuses a kind that is not one', () => {
    expect(() => parse(text, 'kinds:\n  p-key-points: banner\n')).toThrow(
      /x\.meta\.yaml.*kinds\.p-key-points/s,
    );
  });
});

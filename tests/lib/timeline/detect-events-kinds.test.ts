import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/documents/parse-document';
import { detectEvents } from '../../../src/lib/timeline/detect-events';

const detected = (text: string, sidecar?: string) => {
  const doc = parseDocument({
    file: 'x.txt',
    bytes: new TextEncoder().encode(text),
    sidecar: sidecar === undefined ? undefined : { file: 'x.meta.yaml', source: sidecar },
  });
  return detectEvents({ ...doc, slug: 'x', file: 'x.txt' }).map((e) => [
    e.detection?.text,
    e.start,
    e.precision,
  ]);
};

describe('detected events and page furniture', () => {
  it('come from the text only, never from a byline’s timestamp or a footer', () => {
    const text =
      'date 2025-03-18\nBy D. Analyst, The Daily Ledger\n\nMar 18, 2025, 7:30 PM\n\nThe prison was retaken in September 2023.\n\n© 2025 Ledger Media Group. Independent journalism since 1914.\n';
    expect(detected(text)).toEqual([['September 2023', '2023-09-01', 'month']]);
  });

  it('read a Spanish document’s dates in Spanish', () => {
    const text = 'date 2025-03-05\nEl Gobierno envió elementos a la frontera el 4 de febrero, informó.\n';
    expect(detected(text, 'language: es\n')).toEqual([['4 de febrero', '2025-02-04', 'day']]);
    expect(detected(text)).toEqual([]);
  });
});

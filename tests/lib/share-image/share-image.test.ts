import { describe, expect, it } from 'vitest';
import { renderShareCard, shareCardKey } from '../../../src/lib/share-image/share-image';

const card = {
  title: 'Overview',
  section: 'Chapter',
  siteName: 'Site',
  tagline: 'An explainer',
  summary: 'What one article reports about the port, and what it leaves open.',
};

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset);
  return [view.getUint32(16), view.getUint32(20)];
}

describe('share cards', () => {
  it('renders a 1200×630 PNG from the title, section and site name', async () => {
    const png = await renderShareCard(card);
    expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(pngSize(png)).toEqual([1200, 630]);
    const other = await renderShareCard({ ...card, title: 'A different chapter with a much longer title' });
    expect(Buffer.from(other).equals(Buffer.from(png))).toBe(false);
    // A card that said only "Overview" told a reader nothing: the summary shows too.
    const summary = await renderShareCard({ ...card, summary: 'Another summary entirely.' });
    expect(Buffer.from(summary).equals(Buffer.from(png))).toBe(false);
  });

  it('is keyed by what it shows', () => {
    expect(shareCardKey(card)).toBe(shareCardKey({ ...card }));
    expect(shareCardKey(card)).not.toBe(shareCardKey({ ...card, title: 'Overview.' }));
    expect(shareCardKey(card)).not.toBe(shareCardKey({ ...card, section: 'Timeline' }));
    expect(shareCardKey(card)).not.toBe(shareCardKey({ ...card, summary: 'Changed.' }));
  });
});

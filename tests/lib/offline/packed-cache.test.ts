import { describe, expect, it } from 'vitest';
import {
  deserialisePacked,
  packAhead,
  serialisePacked,
  zipArchive,
} from '../../../src/lib/offline/zip-archive';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('packed files kept between builds', () => {
  it('come back as they were packed, and an archive made from them is the same archive', async () => {
    const files = [
      { path: 'index.html', data: bytes('<p>home</p>'.repeat(50)) },
      { path: 'og/index.png', data: bytes('not really a png') },
    ];
    const packed = await packAhead(files);
    const kept = deserialisePacked(serialisePacked(packed.values()));
    expect([...kept.values()]).toEqual(
      [...packed.values()].map((f) => ({ ...f, packed: Buffer.from(f.packed) })),
    );
    const fresh = await zipArchive('site', files, 'readme');
    expect(Buffer.from(await zipArchive('site', files, 'readme', kept))).toEqual(Buffer.from(fresh));
  });

  it('a changed file is packed again rather than taken from the last build', async () => {
    const before = await packAhead([{ path: 'a.html', data: bytes('old text') }]);
    const kept = deserialisePacked(serialisePacked(before.values()));
    const after = await packAhead([{ path: 'a.html', data: bytes('new text!') }], kept);
    expect(after.get('a.html')?.size).toBe(9);
    expect(after.get('a.html')).not.toBe(kept.get('a.html'));
  });

  it('an empty or foreign cache file gives nothing to reuse', () => {
    expect(deserialisePacked(new Uint8Array()).size).toBe(0);
    expect(deserialisePacked(bytes('garbage')).size).toBe(0);
  });
});

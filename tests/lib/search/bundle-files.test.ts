import { describe, expect, it } from 'vitest';
import {
  type BundleFile,
  indexDataFiles,
  offlineDataScript,
  offlineScriptPath,
  webFiles,
} from '../../../src/lib/search/bundle-files';

const file = (path: string, content = 'x'): BundleFile => ({
  path,
  content: new TextEncoder().encode(content),
});
const entry = file(
  'pagefind-entry.json',
  JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en' } } }),
);
const bundle = [
  entry,
  file('pagefind.js'),
  file('pagefind-highlight.js'),
  file('pagefind-worker.js'),
  file('pagefind-ui.js'),
  file('pagefind-component-ui.css'),
  file('pagefind.en_1a2b.pf_meta'),
  file('wasm.en.pagefind'),
  file('wasm.unknown.pagefind'),
  file('index/en_3c.pf_index'),
  file('fragment/en_4d.pf_fragment'),
  file('filter/en_5e.pf_filter'),
];

describe('which of Pagefind’s files the site publishes', () => {
  it('the runtime, the highlight script and the index, not Pagefind’s own interfaces, worker or unused WebAssembly', () => {
    expect(webFiles(bundle).map((f) => f.path)).toEqual([
      'pagefind-entry.json',
      'pagefind.js',
      'pagefind-highlight.js',
      'pagefind.en_1a2b.pf_meta',
      'wasm.en.pagefind',
      'index/en_3c.pf_index',
      'fragment/en_4d.pf_fragment',
      'filter/en_5e.pf_filter',
    ]);
    expect(indexDataFiles(bundle).map((f) => f.path)).not.toContain('pagefind.js');
  });

  it('a language without its own WebAssembly uses the generic one', () => {
    const generic = file(
      'pagefind-entry.json',
      JSON.stringify({ languages: { xx: { hash: 'xx_1', wasm: null } } }),
    );
    expect(
      webFiles([generic, file('wasm.unknown.pagefind'), file('wasm.en.pagefind')]).map((f) => f.path),
    ).toEqual(['pagefind-entry.json', 'wasm.unknown.pagefind']);
  });

  it('fails clearly when Pagefind wrote no entry file', () => {
    expect(() => webFiles([file('pagefind.js')])).toThrow(/no pagefind-entry\.json/);
  });

  it('each index file becomes a classic script that hands over its exact bytes', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 34, 92]);
    const script = offlineDataScript({ path: 'index/en_3c.pf_index', content: bytes });
    expect(offlineScriptPath('index/en_3c.pf_index')).toBe('offline/index/en_3c.pf_index.js');
    let received: [string, Uint8Array] | undefined;
    new Function('explainerPagefindFile', script)((path: string, base64: string) => {
      received = [path, Uint8Array.from(Buffer.from(base64, 'base64'))];
    });
    expect(received).toEqual(['index/en_3c.pf_index', bytes]);
  });
});

import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../../src/lib/meta/page-record';
import { withReusedPages } from '../../../src/lib/meta/page-registry';

const page = (path: string, title = path): PageRecord => ({
  path,
  url: `https://example.org/${path}`,
  pageType: 'source',
  title,
  description: '',
  corrections: [],
  section: '',
  ownImage: false,
});

describe('withReusedPages', () => {
  it('keeps the last build’s record for a reused page, and this build’s for a rendered one', () => {
    const previous = [page('documents/a.html', 'old A'), page('documents/b.html', 'old B')];
    const recorded = [page('index.html'), page('documents/b.html', 'new B')];
    const built = new Set(['index.html', 'documents/a.html', 'documents/b.html']);
    expect(withReusedPages(recorded, previous, built).map((p) => [p.path, p.title])).toEqual([
      ['documents/a.html', 'old A'],
      ['documents/b.html', 'new B'],
      ['index.html', 'index.html'],
    ]);
  });

  it('drops the record of a page this build did not write', () => {
    const previous = [page('documents/gone.html')];
    expect(withReusedPages([page('index.html')], previous, new Set(['index.html']))).toEqual([
      page('index.html'),
    ]);
  });
});

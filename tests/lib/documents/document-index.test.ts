import { describe, expect, it } from 'vitest';
import {
  INDEX_IN_FULL,
  listsEveryDocument,
  monthPages,
  monthsByYear,
  PER_MONTH_PAGE,
} from '../../../src/lib/documents/document-index';

const dated = (dates: string[]) => dates.map((date, i) => ({ date, slug: `d${i}` }));

describe('month pages of the documents index', () => {
  it('lists every document on documents.html up to its limit, and months beyond it', () => {
    expect(listsEveryDocument(INDEX_IN_FULL)).toBe(true);
    expect(listsEveryDocument(INDEX_IN_FULL + 1)).toBe(false);
  });

  it('puts each month on its own page, newest month first, keeping the order within it', () => {
    const pages = monthPages(dated(['2025-04-15', '2025-04-02', '2025-03-30', '2024-12-01']), (d) => d.date);
    expect(pages.map((p) => [p.path, p.items.map((d) => d.slug)])).toEqual([
      ['documents/month/2025-04.html', ['d0', 'd1']],
      ['documents/month/2025-03.html', ['d2']],
      ['documents/month/2024-12.html', ['d3']],
    ]);
    expect(monthsByYear(pages)).toEqual([
      {
        year: '2025',
        months: [
          { month: '2025-04', year: '2025', count: 2, path: 'documents/month/2025-04.html' },
          { month: '2025-03', year: '2025', count: 1, path: 'documents/month/2025-03.html' },
        ],
      },
      {
        year: '2024',
        months: [{ month: '2024-12', year: '2024', count: 1, path: 'documents/month/2024-12.html' }],
      },
    ]);
  });

  it('cuts a busy month into numbered pages and counts it once in the index', () => {
    const pages = monthPages(dated(Array(PER_MONTH_PAGE * 2 + 1).fill('2025-04-01')), (d) => d.date);
    expect(pages.map((p) => [p.path, p.page, p.pages, p.items.length])).toEqual([
      ['documents/month/2025-04.html', 1, 3, PER_MONTH_PAGE],
      ['documents/month/2025-04-2.html', 2, 3, PER_MONTH_PAGE],
      ['documents/month/2025-04-3.html', 3, 3, 1],
    ]);
    expect(monthsByYear(pages)[0]?.months).toEqual([
      { month: '2025-04', year: '2025', count: PER_MONTH_PAGE * 2 + 1, path: 'documents/month/2025-04.html' },
    ]);
  });
});

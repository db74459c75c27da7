/**
 * How the list of documents is split as the corpus grows. Up to `INDEX_IN_FULL` documents,
 * documents.html lists them all, as it always has. Beyond that it lists the newest
 * `NEWEST_ON_INDEX` and every month that has documents, each month on a page of its own
 * (`documents/month/YYYY-MM.html`, newest first), cut into pages of `PER_MONTH_PAGE` in a month
 * busier than that (`YYYY-MM-2.html`, …). A month's address never changes as documents are
 * added, so a link to it keeps meaning what it meant; and each page stays within the page budget.
 */
export const INDEX_IN_FULL = 100;
export const NEWEST_ON_INDEX = 30;
export const PER_MONTH_PAGE = 200;

export interface MonthPage<T> {
  /** `YYYY-MM`. */
  month: string;
  /** 1 for the month's first page. */
  page: number;
  pages: number;
  /** Root-relative, like every entry of `paths`. */
  path: string;
  items: T[];
}

export interface Month {
  month: string;
  year: string;
  count: number;
  path: string;
}

export const monthPagePath = (month: string, page = 1): string =>
  `documents/month/${month}${page > 1 ? `-${page}` : ''}.html`;

/** Documents (newest first, as `sortDocuments` leaves them) cut into month pages, newest month first. */
export function monthPages<T>(items: readonly T[], dateOf: (item: T) => string): MonthPage<T>[] {
  const byMonth = Map.groupBy(items, (item) => dateOf(item).slice(0, 7));
  const months = [...byMonth.keys()].sort().reverse();
  return months.flatMap((month) => {
    const inMonth = byMonth.get(month) ?? [];
    const pages = Math.ceil(inMonth.length / PER_MONTH_PAGE);
    return Array.from({ length: pages }, (_, i) => ({
      month,
      page: i + 1,
      pages,
      path: monthPagePath(month, i + 1),
      items: inMonth.slice(i * PER_MONTH_PAGE, (i + 1) * PER_MONTH_PAGE),
    }));
  });
}

/** Every month with documents, newest first, grouped by year: what documents.html links to. */
export function monthsByYear<T>(pages: readonly MonthPage<T>[]): { year: string; months: Month[] }[] {
  const months: Month[] = [];
  for (const p of pages) {
    const last = months.at(-1);
    if (last?.month === p.month) last.count += p.items.length;
    else months.push({ month: p.month, year: p.month.slice(0, 4), count: p.items.length, path: p.path });
  }
  return [...Map.groupBy(months, (m) => m.year)].map(([year, inYear]) => ({ year, months: inYear }));
}

/** Whether documents.html lists every document, or the newest and the months. */
export const listsEveryDocument = (count: number): boolean => count <= INDEX_IN_FULL;

import { formatLongDate } from '../site/format-date';

/** What a "Cite this" box needs to know about the page it cites. */
export interface CitableWork {
  title: string;
  /** Absolute, canonical URL of the page (with its `#anchor` for an event). */
  permalink: string;
  siteName: string;
  /** YYYY-MM-DD dates, where known. */
  published?: string;
  updated?: string;
  /** For a source document: the original article this page reproduces. */
  original?: {
    publisher: string | null;
    author: string | null;
    date: string;
    url: string | null;
    /** The document has no recorded title: `title` is only its first sentence. */
    untitled?: boolean;
  };
}

/**
 * A citation is a run of segments, so the markup can italicise titles and mark
 * the access date, which the reader's browser fills in on the day they cite.
 */
export interface CiteSegment {
  text: string;
  italic?: boolean;
  accessed?: boolean;
}

export type CiteStyle = 'plain' | 'apa' | 'chicago';

export const CITE_STYLES: { id: CiteStyle; label: string }[] = [
  { id: 'plain', label: 'Plain' },
  { id: 'apa', label: 'APA' },
  { id: 'chicago', label: 'Chicago' },
];

/** Shown until the page's script writes in today's date. */
export const ACCESS_DATE_PLACEHOLDER = '[date accessed]';

const t = (text: string): CiteSegment => ({ text });
const i = (text: string): CiteSegment => ({ text, italic: true });
const accessed = (date?: string): CiteSegment => ({
  text: date ? formatLongDate(date) : ACCESS_DATE_PLACEHOLDER,
  accessed: true,
});

/** APA dates: `(2025, April 15)`. */
function apaDate(date?: string): string {
  if (!date) return '(n.d.)';
  const [year] = date.split('-');
  const monthDay = formatLongDate(date).replace(/, \d{4}$/, '');
  return `(${year}, ${monthDay})`;
}

const endWithPeriod = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

export function formatCitation(style: CiteStyle, work: CitableWork, accessDate?: string): CiteSegment[] {
  if (work.original) return formatSource(style, work, accessDate);
  const latest = work.updated ?? work.published;
  if (style === 'apa') {
    // A group author that is also the site: APA names it once, in the author slot.
    return [
      t(`${work.siteName}. ${apaDate(latest)}. `),
      i(work.title),
      t('. Retrieved '),
      accessed(accessDate),
      t(`, from ${work.permalink}`),
    ];
  }
  if (style === 'chicago') {
    const dated = work.updated
      ? `Last modified ${formatLongDate(work.updated)}. `
      : work.published
        ? `Published ${formatLongDate(work.published)}. `
        : '';
    return [
      t(`“${endWithPeriod(work.title)}” `),
      i(work.siteName),
      t(`. ${dated}Accessed `),
      accessed(accessDate),
      t(`. ${work.permalink}.`),
    ];
  }
  const dates = [
    work.published && `published ${formatLongDate(work.published)}`,
    work.updated && work.updated !== work.published && `updated ${formatLongDate(work.updated)}`,
  ].filter(Boolean);
  return [
    t(
      `${endWithPeriod(work.title)} ${work.siteName}${dates.length ? `, ${dates.join(', ')}` : ''}. ${work.permalink} (accessed `,
    ),
    accessed(accessDate),
    t(').'),
  ];
}

/** A source page cites the original article first, then this site's copy of it. */
function formatSource(style: CiteStyle, given: CitableWork, accessDate?: string): CiteSegment[] {
  const o = given.original as NonNullable<CitableWork['original']>;
  // A first sentence is not a title: say so, in brackets, as style guides do for untitled works.
  const work = o.untitled
    ? { ...given, title: `[Untitled; begins “${given.title.replace(/[.!?]$/, '')}”]` }
    : given;
  const publisher = o.publisher ?? 'Publisher not recorded';
  const outlet = o.publisher ? i(o.publisher) : t(publisher);
  const where = o.url ?? work.permalink;
  const copy = o.url ? ` Copy: ${work.siteName}, ${work.permalink}` : '';
  if (style === 'apa') {
    // Without an author, APA moves the title to the author's place.
    const lead = o.author
      ? `${o.author}. ${apaDate(o.date)}. ${endWithPeriod(work.title)} `
      : `${endWithPeriod(work.title)} ${apaDate(o.date)}. `;
    return [t(lead), outlet, t(`. ${where}${copy ? `.${copy}` : ''}`)];
  }
  if (style === 'chicago') {
    const copyAt = `${work.siteName}, ${work.permalink}, accessed `;
    return [
      t(`${o.author ? `${o.author}. ` : ''}“${endWithPeriod(work.title)}” `),
      outlet,
      t(`, ${formatLongDate(o.date)}. ${o.url ? `${o.url}. Copy: ${copyAt}` : copyAt}`),
      accessed(accessDate),
      t('.'),
    ];
  }
  return [
    t(
      `${endWithPeriod(work.title)} ${publisher}${o.author ? `, by ${o.author}` : ''}, ${formatLongDate(o.date)}.${o.url ? ` Original: ${o.url}.` : ''} As reproduced by ${work.siteName}: ${work.permalink} (accessed `,
    ),
    accessed(accessDate),
    t(').'),
  ];
}

export function citationText(segments: CiteSegment[]): string {
  return segments.map((s) => s.text).join('');
}

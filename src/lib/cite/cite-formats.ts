import type { Translator } from '../../i18n/translate';
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
    /** The document has no recorded title: `title` is only a description of it. */
    untitled?: boolean;
    /** Where its reporting comes from, in words ("Rewrite of others’ reporting; relays …"). */
    provenance?: string;
  };
  /** Citing one passage or event of the page: its locator ("para. 4"), its address, its words. */
  locator?: { label: string; url: string; quote?: string };
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

/** Shown until the page's script writes in today's date, in the citation's language. */
export const accessDatePlaceholder = (words: Translator) => words('citeFormat.dateAccessed');

const t = (text: string): CiteSegment => ({ text });
const i = (text: string): CiteSegment => ({ text, italic: true });

/** The words and dates of one language: the styles' punctuation stays, their words are translated. */
function wordsOf(words: Translator, locale: string) {
  const date = (d: string) => formatLongDate(d, locale);
  return {
    w: words,
    date,
    accessed: (d?: string): CiteSegment => ({
      text: d ? date(d) : accessDatePlaceholder(words),
      accessed: true,
    }),
    /** APA dates: `(2025, April 15)`. */
    apaDate: (d?: string) => {
      if (!d) return words('citeFormat.noDate');
      const [year] = d.split('-');
      const monthDay = date(d).replace(new RegExp(`(,| de)? ${year}$`), '');
      return `(${year}, ${monthDay})`;
    },
  };
}

/** Quotation marks inside a quotation become single ones, as typesetting nests them; the words stay. */
const nested = (text: string) => text.replace(/“|(^|[\s([])"/gu, '$1‘').replace(/[”"]/gu, '’');

const endWithPeriod = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

export function formatCitation(
  style: CiteStyle,
  work: CitableWork,
  accessDate: string | undefined,
  words: Translator,
  locale = 'en',
): CiteSegment[] {
  const { w, date: formatLongDate, accessed, apaDate } = wordsOf(words, locale);
  if (work.original) return formatSource(style, work, accessDate, words, locale);
  const latest = work.updated ?? work.published;
  if (style === 'apa') {
    // A group author that is also the site: APA names it once, in the author slot.
    return [
      t(`${work.siteName}. ${apaDate(latest)}. `),
      i(work.title),
      t(`. ${w('citeFormat.retrieved')} `),
      accessed(accessDate),
      t(`, ${w('citeFormat.from')} ${work.permalink}`),
    ];
  }
  if (style === 'chicago') {
    const dated = work.updated
      ? `${w('citeFormat.lastModified')} ${formatLongDate(work.updated)}. `
      : work.published
        ? `${w('cite.published')} ${formatLongDate(work.published)}. `
        : '';
    return [
      t(`“${endWithPeriod(work.title)}” `),
      i(work.siteName),
      t(`. ${dated}${w('cite.accessed')} `),
      accessed(accessDate),
      t(`. ${work.permalink}.`),
    ];
  }
  const dates = [
    work.published && `${w('citeFormat.published')} ${formatLongDate(work.published)}`,
    work.updated &&
      work.updated !== work.published &&
      `${w('citeFormat.updated')} ${formatLongDate(work.updated)}`,
  ].filter(Boolean);
  return [
    t(
      `${endWithPeriod(work.title)} ${work.siteName}${dates.length ? `, ${dates.join(', ')}` : ''}. ${work.permalink} (${w('citeFormat.accessed')} `,
    ),
    accessed(accessDate),
    t(').'),
  ];
}

/** A source page cites the original article first, then this site's copy of it (or of one passage). */
function formatSource(
  style: CiteStyle,
  given: CitableWork,
  accessDate: string | undefined,
  words: Translator,
  locale: string,
): CiteSegment[] {
  const { w, date: formatLongDate, accessed, apaDate } = wordsOf(words, locale);
  const o = given.original as NonNullable<CitableWork['original']>;
  // An untitled work is described in brackets, as style guides do; its words are never its title.
  const work = o.untitled ? { ...given, title: w('citeFormat.untitled') } : given;
  const at = given.locator;
  const copyUrl = at?.url ?? work.permalink;
  const locus = at ? `, ${at.label}` : '';
  const publisher = o.publisher ?? w('doc.publisherNotRecorded');
  const outlet = o.publisher ? i(o.publisher) : t(publisher);
  const copy = o.url ? ` ${w('citeFormat.copy')} ${work.siteName}, ${copyUrl}` : '';
  if (style === 'apa') {
    // Without an author, APA moves the title to the author's place.
    const lead = o.author
      ? `${o.author}. ${apaDate(o.date)}. ${endWithPeriod(work.title)} `
      : `${endWithPeriod(work.title)} ${apaDate(o.date)}. `;
    const where = o.url ? `${o.url}${locus}.${copy}` : `${copyUrl}${locus}`;
    return [t(lead), outlet, t(`. ${where}`)];
  }
  if (style === 'chicago') {
    const copyAt = `${work.siteName}, ${copyUrl}, ${w('citeFormat.accessed')} `;
    // A description is no title: not in quotation marks.
    const title = o.untitled ? `${work.title}. ` : `“${endWithPeriod(work.title)}” `;
    return [
      t(`${o.author ? `${o.author}. ` : ''}${title}`),
      outlet,
      t(
        `, ${formatLongDate(o.date)}${locus}. ${o.url ? `${o.url}. ${w('citeFormat.copy')} ${copyAt}` : copyAt}`,
      ),
      accessed(accessDate),
      t('.'),
    ];
  }
  const quote = at?.quote ? `“${nested(at.quote)}” ` : '';
  const relays = o.provenance ? ` ${endWithPeriod(o.provenance)}` : '';
  return [
    t(
      `${quote}${endWithPeriod(work.title)} ${publisher}${o.author ? w('cite.by', { author: o.author }) : ''}, ${formatLongDate(o.date)}${locus}.${relays}${o.url ? ` ${w('citeFormat.original')} ${o.url}.` : ''} ${w('citeFormat.reproducedBy', { site: work.siteName })} ${copyUrl} (${w('citeFormat.accessed')} `,
    ),
    accessed(accessDate),
    t(').'),
  ];
}

export function citationText(segments: CiteSegment[]): string {
  return segments.map((s) => s.text).join('');
}

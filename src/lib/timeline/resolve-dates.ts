import type { ParsedComponents, ParsedResult } from 'chrono-node';
// English only: the whole package brings fifteen languages, ten times the load time.
import * as chrono from 'chrono-node/en';
import { utcFriday, utcMonday, utcSaturday, utcSunday, utcThursday, utcTuesday, utcWednesday } from 'd3-time';
import { type Period, type Precision, parseIsoDay, periodOf } from './periods';

/** A date expression found in a text and the calendar period it names. */
export interface DateMention extends Period {
  /** The expression as written, such as `Last month`. */
  text: string;
  /** Where it starts in the text (UTF-16 index). */
  index: number;
  /** The sentence it is in, trimmed, as written, and where the expression starts in it. */
  sentence: string;
  offsetInSentence: number;
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * chrono reads most expressions; news copy also names bare years after a
 * preposition ("in 2019", "since 2021"), which chrono leaves alone because a
 * lone number is ambiguous. This parser adds exactly that case.
 */
const parser = chrono.casual.clone();
parser.parsers.push({
  pattern: () =>
    /\b(?:in|since|by|during|until|before|after|through|from)\s+((?:19|20)\d{2})\b(?![-/.,]?\d)/i,
  extract: (_context, match) => ({ year: Number(match[1]) }),
});

/**
 * Finds every date expression in `text` and resolves it against
 * `referenceDate` (the document's date, `YYYY-MM-DD`), with the precision the
 * words give: "April 15, 2025" and "two days ago" are days, "this week" a
 * week, "In February" and "last month" months, "last year" a year. A time of
 * day alone ("at noon") is not a date and is skipped. Each sentence is read
 * on its own, so "last month. This week" never merges into one range.
 */
export function resolveDates(text: string, referenceDate: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const { segment, index } of sentences.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const sentence = segment.trim();
    for (const mention of resolveInSentence(sentence, referenceDate)) {
      mentions.push({
        ...mention,
        index: index + lead + mention.index,
        sentence,
        offsetInSentence: mention.index,
      });
    }
  }
  return mentions;
}

function resolveInSentence(
  text: string,
  referenceDate: string,
): Omit<DateMention, 'sentence' | 'offsetInSentence'>[] {
  const reference = localNoon(referenceDate);
  const mentions: Omit<DateMention, 'sentence' | 'offsetInSentence'>[] = [];
  for (const result of parser.parse(text, reference)) {
    if (NOT_A_DATE.test(result.text.trim())) continue;
    const precision = precisionOf(result.start, result.text);
    if (!precision) continue;
    const written = result.text.replace(/[\s,.;:]+$/u, '');
    // "this week" names no day, so chrono implies one (a Sunday); the week is the reference's own.
    const anchor =
      precision === 'week' && !result.start.isCertain('day')
        ? parseIsoDay(referenceDate)
        : (bareWeekday(text, result, referenceDate) ?? dayOf(result.start));
    const period = periodOf(anchor, precision);
    const end = result.end
      ? periodOf(dayOf(result.end), precisionOf(result.end, result.text) ?? precision)
      : period;
    mentions.push({ text: written, index: result.index, precision, start: period.start, end: end.end });
  }
  return mentions;
}

function precisionOf(components: ParsedComponents, text: string): Precision | undefined {
  // chrono knows the day of "last week" (seven days back), but the words name a week.
  if (/\bweeks?\b/i.test(text) && !components.isCertain('weekday')) return 'week';
  if (components.isCertain('day') || components.isCertain('weekday')) return 'day';
  if (components.isCertain('month')) return 'month';
  if (components.isCertain('year')) return 'year';
  return undefined;
}

/**
 * chrono reads a duration ("for two weeks") as a date that far ahead, and
 * counts "a day later" or "the day before" from the document's date, when the
 * words count from some other event. Neither names a date of its own.
 */
const NOT_A_DATE = /^for\b|\b(?:later|earlier|before|after)$/i;

const WEEKDAYS = [utcSunday, utcMonday, utcTuesday, utcWednesday, utcThursday, utcFriday, utcSaturday];
const BARE_WEEKDAY = /^(?:on\s+)?(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\.?,?$/i;
const FUTURE =
  /\b(?:will|shall|going to|(?:is|are) (?:due|set|expected|scheduled|to)|plans? to)\b|’ll\b|'ll\b/i;

/**
 * chrono takes a bare weekday ("said on Monday") to be the nearest one, which
 * after a Saturday is the coming Monday. News reports mostly look back, so a
 * bare weekday is the last one on or before the reference, unless the words
 * before it (or after it, when the sentence opens with it) speak of the future.
 */
function bareWeekday(sentence: string, result: ParsedResult, referenceDate: string): Date | undefined {
  if (!BARE_WEEKDAY.test(result.text.trim())) return undefined;
  const weekday = WEEKDAYS[result.start.get('weekday') ?? -1];
  if (!weekday) return undefined;
  const before = sentence.slice(0, result.index);
  const tense = before.trim() === '' ? sentence.slice(result.index + result.text.length) : before;
  const day = parseIsoDay(referenceDate);
  return FUTURE.test(tense) ? weekday.ceil(day) : weekday.floor(day);
}

/**
 * chrono does its arithmetic in local time. Noon local time on the reference
 * day keeps every machine, whatever its time zone, on the same calendar day.
 */
function localNoon(isoDate: string): Date {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(year, month - 1, day, 12);
}

/** The calendar day chrono resolved, read from its components, so no time zone can shift it. */
function dayOf(components: ParsedComponents): Date {
  const year = components.get('year') ?? 1970;
  const month = components.get('month') ?? 1;
  const day = components.get('day') ?? 1;
  return new Date(Date.UTC(year, month - 1, day));
}

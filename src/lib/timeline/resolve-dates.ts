import type { ParsedComponents, ParsedResult } from 'chrono-node';
// English and Spanish only: the whole package brings fifteen languages, ten times the load time.
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import {
  utcDay,
  utcFriday,
  utcMonday,
  utcSaturday,
  utcSunday,
  utcThursday,
  utcTuesday,
  utcWednesday,
} from 'd3-time';
import { readableSentence, sentences } from '../documents/sentences';
import { englishParsers, spanishParsers } from './date-parsers';
import { isoDay, type Period, type Precision, parseIsoDay, periodOf } from './periods';

/** A date expression found in a text and the calendar period it names. */
export interface DateMention extends Period {
  /** The expression as written, such as `Last month`. */
  text: string;
  /** Where it starts in the text (UTF-16 index). */
  index: number;
  /** The sentence it is in, trimmed, markers dropped and wraps joined, and where the expression starts in it. */
  sentence: string;
  offsetInSentence: number;
}

const english = en.casual.clone();
english.parsers.push(...englishParsers);
const spanish = es.casual.clone();
spanish.parsers.push(...spanishParsers);

/** The parser for a document's language (a tag such as `es-MX`); English for any other. */
const parserFor = (language: string) => (language.toLowerCase().startsWith('es') ? spanish : english);

/**
 * Finds every date expression in `text` and resolves it against
 * `referenceDate` (the document's date, `YYYY-MM-DD`), with the precision the
 * words give: "April 15, 2025" and "two days ago" are days, "this week" a
 * week, "In February" and "last month" months, "last year" or "the 1990s"
 * years. A time of day alone ("at noon") is not a date and is skipped. Each
 * sentence is read on its own, so "last month. This week" never merges into one range.
 */
export function resolveDates(text: string, referenceDate: string, language = 'en'): DateMention[] {
  const mentions: DateMention[] = [];
  for (const { text: written, index } of sentences(text, language)) {
    const sentence = readableSentence(written);
    for (const mention of resolveInSentence(written, referenceDate, language)) {
      mentions.push({
        ...mention,
        index: index + mention.index,
        sentence,
        offsetInSentence: readableSentence(written.slice(0, mention.index)).length,
      });
    }
  }
  return mentions;
}

function resolveInSentence(
  text: string,
  referenceDate: string,
  language: string,
): Omit<DateMention, 'sentence' | 'offsetInSentence'>[] {
  const reference = localNoon(referenceDate);
  const mentions: Omit<DateMention, 'sentence' | 'offsetInSentence'>[] = [];
  // Line breaks as spaces, so a wrapped "January\n2025" reads as one date; the length stays the same.
  for (const result of parserFor(language).parse(text.replace(/\n/gu, ' '), reference)) {
    const written = text.slice(result.index, result.index + result.text.length).replace(/[\s,.;:]+$/u, '');
    if (NOT_A_DATE.test(written.trim()) || SPAN_OF_TIME.test(written.trim())) continue;
    if (TRUNCATED.test(text.slice(result.index + result.text.length))) continue;
    if (WEEKEND.test(written)) {
      mentions.push({ text: written, index: result.index, ...weekendOf(text, result, referenceDate) });
      continue;
    }
    const precision = precisionOf(result.start, result.text);
    if (!precision) continue;
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
  if (/\b(?:weeks?|semanas?)\b/i.test(text) && !components.isCertain('weekday')) return 'week';
  if (components.isCertain('day') || components.isCertain('weekday')) return 'day';
  if (components.isCertain('month')) return 'month';
  if (components.isCertain('year')) return 'year';
  return undefined;
}

/**
 * chrono reads a duration ("for two weeks") as a date that far ahead, and
 * counts "a day later" or "the day before" from the document's date, when the
 * words count from some other event. Neither names a date of its own; nor do
 * "now" and "today", which only repeat the document's date (and are often
 * part of a name, "USA Today").
 */
const NOT_A_DATE =
  /^for\b|\b(?:later|earlier|before|after)$|^(?:right\s+)?(?:now|today|tonight|this\s+(?:morning|afternoon|evening))$|^(?:hoy|ahora|esta\s+(?:mañana|tarde|noche))$/iu;
// "More than ten minutes", "two hours": a length of time, which chrono counts forward from the document's date.
const SPAN_OF_TIME =
  /^(?:(?:in|within|en|de|dentro de)\s+)?(?:\d+|\p{L}+)\s+(?:minutes?|hours?|seconds?|minutos?|horas?|segundos?)$/iu;
// A link text cut short ("Saturday, March 2...") may have named another day.
const TRUNCATED = /^\s?(?:\.\.\.|…)/u;
const WEEKEND = /\bweekend\b|\bfin de semana\b/iu;

/** "Over the weekend": the Saturday and Sunday last before the reference, or next when the words look ahead. */
function weekendOf(sentence: string, result: ParsedResult, referenceDate: string): Period {
  const day = parseIsoDay(referenceDate);
  const ahead = FUTURE.test(sentence.slice(0, result.index)) || /\bnext\b|\bpróximo\b/iu.test(result.text);
  const saturday = ahead ? utcSaturday.ceil(day) : utcSaturday.floor(day);
  return { start: isoDay(saturday), end: isoDay(utcDay.offset(saturday, 1)), precision: 'day' };
}

const WEEKDAYS = [utcSunday, utcMonday, utcTuesday, utcWednesday, utcThursday, utcFriday, utcSaturday];
const BARE_WEEKDAY =
  /^(?:(?:on|el)\s+)?(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?:day)?\.?,?$/iu;
const FUTURE =
  /\b(?:will|shall|would|until|going to|takes? effect|(?:is|are) (?:due|set|expected|scheduled|to)|plans? to|hasta|será|va a|van a)\b|’ll\b|'ll\b/iu;

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

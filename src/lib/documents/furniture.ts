/**
 * The page furniture that comes along when an article is copied from the web:
 * bylines, datelines, timestamps, agency and credit lines, advertisement
 * markers, section kickers, video labels. Each is told by its shape alone,
 * never by a list of outlets.
 */

/** What the sidecar knows that a passage may repeat: the headline and the publisher. */
export interface PageContext {
  title?: string;
  publisher?: string;
}

const MONTH_WORDS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
const WEEKDAY_WORDS =
  'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|' +
  'lunes|martes|miércoles|jueves|viernes|sábado|domingo';
const CLOCK_WORDS = 'a\\.?m\\.?|p\\.?m\\.?|[ecmp][sd]?t|gmt|utc|de|el';
/** Everything a date-and-time line is made of; a timestamp is nothing else. */
const TIMESTAMP_TOKENS = new RegExp(
  `(?<![\\p{L}])(?:${MONTH_WORDS}|${WEEKDAY_WORDS}|${CLOCK_WORDS})(?![\\p{L}])\\.?|\\d+`,
  'giu',
);
const TIMESTAMP_LEAD =
  /^(?:(?:last\s+)?updated|published|posted|first published|actualizado|publicado)(?:\s+on)?[:\s]*/iu;
const BYLINE = /^(?:[Bb]y|[Pp]or|[Pp]ar|[Vv]on)\s+\p{Lu}/u;
const PROMPT =
  /^(?:advertisement|publicidad|anuncio|(?:story|article)\s+continues\s+(?:below|after)(?:\s+this)?\s+(?:advertisement|ad)|share this (?:article|story)|(?:read more|related|see also|watch|leer más|lee también|te puede interesar)\s*:.*)$/iu;
const VIDEO_LABEL = /^\d{1,2}:\d{2}\s+\S/u;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\s)|\ball rights reserved\b/iu;
const DATELINE_ALONE =
  /^[\p{Lu}][\p{Lu}\p{M} .,'’-]*(?:,\s*\p{Lu}[\p{L}.]*)?\s*(?:\([^)]{1,20}\))?\s*[—–-]+$/u;
const SEPARATED_LABELS = /\s\|\s/u;
const SENTENCE_END = /[.!?…]["”’»)]?$/u;
const MAX_FURNITURE_CHARS = 120;

const squash = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

/** Whether a passage is page furniture rather than part of the article's text. */
export function isFurniture(text: string, page: PageContext = {}): boolean {
  if (text.includes('\n') || text.length > MAX_FURNITURE_CHARS)
    return COPYRIGHT.test(text) && text.length < 300;
  const line = text.trim();
  const words = squash(line);
  if (page.title && words === squash(page.title)) return true;
  if (
    page.publisher &&
    (words === squash(page.publisher) || words.startsWith(`${squash(page.publisher)} |`))
  ) {
    return true;
  }
  if (PROMPT.test(line) || COPYRIGHT.test(line) || DATELINE_ALONE.test(line)) return true;
  if (VIDEO_LABEL.test(line) && line.split(/\s+/u).length <= 20) return true;
  if (isTimestamp(line)) return true;
  if (SENTENCE_END.test(line.replace(/\b\p{Lu}\.$/u, ''))) return false;
  if (BYLINE.test(line)) return true;
  if (isAllCapitals(line) && line.split(/\s+/u).length <= 8) return true;
  return SEPARATED_LABELS.test(line) && line.split(/\s+/u).length <= 10;
}

function isTimestamp(line: string): boolean {
  const rest = line.replace(TIMESTAMP_LEAD, '');
  if (!/\d/u.test(rest)) return false;
  return /^[\s,.:|/–—-]*$/u.test(rest.replace(TIMESTAMP_TOKENS, ''));
}

function isAllCapitals(line: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

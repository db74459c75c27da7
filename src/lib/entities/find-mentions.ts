/**
 * Finds where entities are named in a text, by name or alias, so mentions are
 * found rather than typed. Matches are whole words, and the case rule is:
 * - a name written without small letters (an acronym: "NATO", "G-20") matches
 *   only as written, so never "Nato" or a word that contains it;
 * - a proper name (a capital first) keeps that capital ("Rumble", never
 *   "rumble"), the rest in any case ("Harbour board" for "Harbour Board");
 * - a common term (a small letter first: "port authority") matches as
 *   written or with a capital first, as at the start of a sentence, never
 *   in title case ("Port Authority" may be another body);
 * - either in capitals throughout (an agency line: "THE CONTINENTAL PRESS").
 * The longest name wins where names overlap, and an entity's `not` names
 * ("New York" for York) are never taken for it.
 */

export interface MentionTarget {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Longer names containing this one that are not this entity. */
  not?: readonly string[];
}

export interface MentionSpan {
  /** The entity named. */
  id: string;
  start: number;
  end: number;
}

export type MentionFinder = (text: string) => MentionSpan[];

interface Term {
  written: string;
  /** The entity, or null for a `not` name: matched so that nothing inside it is. */
  id: string | null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const collapse = (s: string) => s.normalize('NFC').trim().replace(/\s+/gu, ' ');
const fold = (s: string) => collapse(s).toLowerCase();

/** A letter with an accent also matches its decomposed form (`a` and U+0301), as pasted text may hold it. */
function charPattern(c: string): string {
  const decomposed = c.normalize('NFD');
  return decomposed === c ? escapeRegExp(c) : `(?:${escapeRegExp(c)}|${escapeRegExp(decomposed)})`;
}

function pattern(term: string): string {
  return term
    .split(' ')
    .map((word) => Array.from(word).map(charPattern).join(''))
    .join('\\s+');
}

function hasRightCase(found: string, term: string): boolean {
  if (found === term) return true;
  if (!/\p{Ll}/u.test(term)) return false;
  if (found === term.toUpperCase()) return true;
  const [first = '', ...rest] = Array.from(term);
  const [foundFirst = '', ...foundRest] = Array.from(found);
  if (/\p{Ll}/u.test(first))
    return foundFirst === first.toUpperCase() && foundRest.join('') === rest.join('');
  return foundFirst === first && fold(found) === fold(term);
}

/** One finder for a set of entities. */
export function createMentionFinder(targets: readonly MentionTarget[]): MentionFinder {
  const byKey = new Map<string, Term[]>();
  const add = (written: string, id: string | null) => {
    const term = collapse(written);
    if (term === '') return;
    const list = byKey.get(fold(term)) ?? [];
    if (id === null && list.length > 0) return;
    byKey.set(fold(term), [...list.filter((t) => t.id !== null), { written: term, id }]);
  };
  for (const t of targets) for (const term of [t.name, ...t.aliases]) add(term, t.id);
  for (const t of targets) for (const term of t.not ?? []) add(term, null);
  if (byKey.size === 0) return () => [];
  const terms = [...byKey.values()]
    .map((list) => list[0]?.written ?? '')
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  const source = `(?<![\\p{L}\\p{M}\\p{N}_])(?:${terms.map(pattern).join('|')})(?![\\p{L}\\p{M}\\p{N}_])`;
  return (text) => {
    const regex = new RegExp(source, 'giu');
    const spans: MentionSpan[] = [];
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      const found = collapse(m[0]);
      const candidates = byKey.get(fold(found)) ?? [];
      const blocked = candidates.find((t) => t.id === null);
      const term = candidates.find((t) => t.id !== null && hasRightCase(found, t.written));
      if (blocked && !term) continue;
      if (term?.id) spans.push({ id: term.id, start: m.index, end: m.index + m[0].length });
      // A longer name in the wrong case ("THE NATO" is not a name) leaves room for a shorter one inside.
      else regex.lastIndex = m.index + 1;
    }
    return spans;
  };
}

export interface Segment {
  text: string;
  /** Set when this piece of text names an entity. */
  id?: string;
}

/** Cuts a text into plain pieces and mentions, in order; joined, they give the text back. */
export function toSegments(text: string, spans: readonly MentionSpan[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), id: span.id });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

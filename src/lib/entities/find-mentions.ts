/**
 * Finds where entities are named in a text, by name or alias, so mentions are
 * found rather than typed. Matches are whole words and case-sensitive ("DEA",
 * never "idea"; "Rumble", never "rumble"), except that a name starting with a
 * small letter also matches with a capital, as at the start of a sentence.
 */

export interface MentionTarget {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface MentionSpan {
  /** The entity named. */
  id: string;
  start: number;
  end: number;
}

export type MentionFinder = (text: string) => MentionSpan[];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const collapse = (s: string) => s.trim().replace(/\s+/gu, ' ');

function pattern(term: string): string {
  const words = term.split(' ').map(escapeRegExp).join('\\s+');
  const first = term[0] ?? '';
  const upper = first.toUpperCase();
  return first !== upper && /\p{Ll}/u.test(first) ? `[${first}${upper}]${words.slice(first.length)}` : words;
}

/** One finder for a set of entities; longer names win where two overlap. */
export function createMentionFinder(targets: readonly MentionTarget[]): MentionFinder {
  const byTerm = new Map<string, string>();
  for (const t of targets) {
    for (const term of [t.name, ...t.aliases].map(collapse)) if (term !== '') byTerm.set(term, t.id);
  }
  if (byTerm.size === 0) return () => [];
  const terms = [...byTerm.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const regex = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${terms.map(pattern).join('|')})(?![\\p{L}\\p{N}_])`,
    'gu',
  );
  return (text) => {
    const spans: MentionSpan[] = [];
    for (const m of text.matchAll(regex)) {
      const found = collapse(m[0]);
      const id = byTerm.get(found) ?? byTerm.get(`${found[0]?.toLowerCase()}${found.slice(1)}`);
      if (id !== undefined) spans.push({ id, start: m.index, end: m.index + m[0].length });
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

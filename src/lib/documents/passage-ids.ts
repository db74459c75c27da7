import { createHash } from 'node:crypto';
import GithubSlugger from 'github-slugger';
import { CITATION_MARKERS } from './classify-passage';

/**
 * Every passage id: `p-` and letters (with their combining marks, as Indic
 * scripts need), digits and dashes, in Unicode normal form C.
 */
export const PASSAGE_ID = /^p-[\p{L}\p{M}\p{N}-]+$/u;

const WORDS_PER_ID = 4;
const MAX_WORD_CHARS = 24;
// Words that carry no meaning on their own; leaving them out keeps ids short and telling.
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'of on or our she so that the their them then there these they this those to was we were ' +
    'what when which who will with would you your'
  ).split(' '),
);
// A line break or an underscore parts words; format characters (ZWJ, ZWNJ) belong to none.
const WORD_BREAK = /[\s_]+/gu;
const FORMAT_CHARACTER = /\p{Cf}/gu;
const NOT_IN_ID = /[^\p{L}\p{M}\p{N}-]/gu;

/**
 * The id a passage's own text asks for: `p-` and its first few meaningful words,
 * so that no other passage can change it.
 */
export function baseId(text: string): string {
  const source = text
    .slice(0, 400)
    .normalize('NFC')
    .replace(CITATION_MARKERS, ' ')
    .replace(FORMAT_CHARACTER, '')
    .replace(WORD_BREAK, ' ');
  const words = new GithubSlugger()
    .slug(source)
    .replace(NOT_IN_ID, '')
    .split('-')
    .filter((w) => w !== '' && !STOP_WORDS.has(w) && /[\p{L}\p{N}]/u.test(w))
    .slice(0, WORDS_PER_ID)
    .map((w) =>
      Array.from(w)
        .slice(0, MAX_WORD_CHARS)
        .join('')
        .replace(/^\p{M}+/u, ''),
    );
  return words.length > 0 ? `p-${words.join('-')}` : `p-${shortHash(text, 8)}`;
}

/**
 * Ids for every passage of a document, unique within it. When two passages ask
 * for the same id the first keeps it and a later one adds a hash of its own text;
 * identical passages are numbered. Neither depends on any other passage's text.
 * Each id is found in constant time, so ten thousand repeats cost no more than
 * ten thousand different passages.
 */
export function assignPassageIds(texts: readonly string[]): string[] {
  const taken = new Set<string>();
  const nextNumber = new Map<string, number>();
  const bases = new Map<string, string>();
  return texts.map((text) => {
    const base = bases.get(text) ?? baseId(text);
    bases.set(text, base);
    let id = base;
    if (taken.has(id)) {
      const hashed = `${base}-${shortHash(text, 4)}`;
      let n = nextNumber.get(hashed) ?? 1;
      id = n === 1 ? hashed : `${hashed}-${n}`;
      while (taken.has(id)) id = `${hashed}-${++n}`;
      nextNumber.set(hashed, n + 1);
    }
    taken.add(id);
    return id;
  });
}

function shortHash(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

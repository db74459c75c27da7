import { createHash } from 'node:crypto';
import GithubSlugger from 'github-slugger';

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

/**
 * The id a passage's own text asks for: `p-` and its first few meaningful words,
 * so that no other passage can change it.
 */
export function baseId(text: string): string {
  const words = new GithubSlugger()
    .slug(text.slice(0, 400))
    .split('-')
    .filter((w) => w !== '' && !STOP_WORDS.has(w))
    .slice(0, WORDS_PER_ID)
    .map((w) => w.slice(0, MAX_WORD_CHARS));
  return words.length > 0 ? `p-${words.join('-')}` : `p-${shortHash(text, 8)}`;
}

/**
 * Ids for every passage of a document, unique within it. When two passages ask
 * for the same id the first keeps it and a later one adds a hash of its own text;
 * identical passages are numbered. Neither depends on any other passage's text.
 */
export function assignPassageIds(texts: readonly string[]): string[] {
  const taken = new Set<string>();
  return texts.map((text) => {
    const base = baseId(text);
    let id = taken.has(base) ? `${base}-${shortHash(text, 4)}` : base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${shortHash(text, 4)}-${n}`;
    taken.add(id);
    return id;
  });
}

function shortHash(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

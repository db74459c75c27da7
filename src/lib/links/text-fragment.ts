/** Longer selections are linked by their first and last words (`start,end`), keeping URLs short. */
const MAX_EXACT_WORDS = 8;
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/** Text-fragment syntax reserves `-`, `,` and `&`; everything else is ordinary URI encoding. */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/[-,&]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * The `text=…` directive that makes a browser scroll to and highlight the part
 * of `text` between `start` and `end` (a selection inside one passage). A
 * selection that cuts a word grows to the whole word, because browsers match
 * only at word boundaries. When `ambiguous` (the words occur elsewhere on the
 * page), up to three neighbouring words are added as a prefix (or, at the
 * start of the passage, a suffix) to single it out. Undefined for no words.
 */
export function textFragmentDirective(
  text: string,
  start: number,
  end: number,
  ambiguous = false,
): string | undefined {
  let from = start;
  let to = end;
  while (from > 0 && isWordChar(text[from - 1]) && isWordChar(text[from])) from--;
  while (to < text.length && isWordChar(text[to - 1]) && isWordChar(text[to])) to++;
  const chosen = words(text.slice(from, to));
  if (chosen.length === 0) return undefined;
  const before = words(text.slice(0, from));
  const after = words(text.slice(to));
  const parts: string[] = [];
  if (ambiguous && before.length > 0)
    parts.push(`${encodeFragmentText(before.slice(-CONTEXT_WORDS).join(' '))}-`);
  if (chosen.length <= MAX_EXACT_WORDS) {
    parts.push(encodeFragmentText(chosen.join(' ')));
  } else {
    parts.push(encodeFragmentText(chosen.slice(0, EDGE_WORDS).join(' ')));
    parts.push(encodeFragmentText(chosen.slice(-EDGE_WORDS).join(' ')));
  }
  if (ambiguous && before.length === 0 && after.length > 0) {
    parts.push(`-${encodeFragmentText(after.slice(0, CONTEXT_WORDS).join(' '))}`);
  }
  return `text=${parts.join(',')}`;
}

/** `https://x/page.html#p-id` + directive → `https://x/page.html#p-id:~:text=…`. */
export function withTextFragment(url: string, directive: string): string {
  const base = url.split(':~:')[0] ?? url;
  return `${base}${base.includes('#') ? '' : '#'}:~:${directive}`;
}

/** The element id a URL fragment names, without any `:~:` directive: `#p-a:~:text=x` → `p-a`. */
export function fragmentId(hash: string): string {
  const raw = (hash.startsWith('#') ? hash.slice(1) : hash).split(':~:')[0] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

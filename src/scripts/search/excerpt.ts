export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>' };

/**
 * Adds an ellipsis where an excerpt starts or stops inside a sentence: it
 * starts in one when its first letter is lower-case, and stops in one when it
 * does not end in closing punctuation.
 */
export function withEllipses(parts: ExcerptPart[]): ExcerptPart[] {
  const first = parts[0];
  const last = parts.at(-1);
  if (!first || !last) return parts;
  const out = parts.map((p) => ({ ...p }));
  if (/^\s*\p{Ll}/u.test(first.text)) out.unshift({ text: '… ', marked: false });
  if (!/[.!?…"”’)\]]\s*$/u.test(last.text)) out.push({ text: ' …', marked: false });
  return out;
}

/**
 * Splits a Pagefind excerpt into plain text and highlighted words, so the
 * page can show it with text nodes only. Pagefind escapes `<` and `>` in the
 * page text and adds its own `<mark>` tags; nothing else in it is markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const token of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (token === '<mark>') marked = true;
    else if (token === '</mark>') marked = false;
    else if (token !== '') {
      const text = token.replace(/&lt;|&gt;/g, (e) => ENTITIES[e] ?? e);
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

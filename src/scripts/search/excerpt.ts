export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>' };

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

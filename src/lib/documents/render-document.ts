import { escapeHtml } from './escape-html';
import type { Passage } from './parse-document';

/**
 * Plain HTML of a document's passages, every one escaped, for `rendered.html`
 * (feeds and anything that wants the text without the page around it).
 */
export function renderDocumentHtml(passages: readonly Passage[]): string {
  return passages
    .map((p) => {
      const tag = p.kind === 'quote' || p.kind === 'embed' ? 'blockquote' : 'p';
      return `<${tag} id="${escapeHtml(p.id)}" data-kind="${p.kind}">${escapeHtml(p.text)}</${tag}>`;
    })
    .join('\n');
}

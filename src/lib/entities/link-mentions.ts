import { type MentionSpan, toSegments } from './find-mentions';

/**
 * A passage's text in pieces for its source page: each mention links to its
 * entity, the rest stays plain text (escaped when rendered, never parsed).
 */
export function linkMentions(
  text: string,
  spans: readonly MentionSpan[] | undefined,
  entityName: (id: string) => string | undefined,
  hrefOf: (id: string) => string,
  /** The link's tooltip, from the entity's name. */
  titleOf: (name: string) => string,
): { text: string; href?: string; title?: string }[] {
  return toSegments(text, spans ?? []).map(({ text: piece, id }) => {
    const name = id === undefined ? undefined : entityName(id);
    return id === undefined || name === undefined
      ? { text: piece }
      : { text: piece, href: hrefOf(id), title: titleOf(name) };
  });
}

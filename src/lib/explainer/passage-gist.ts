/**
 * The first words of a passage, to name it in a list where its whole text would be a reprint:
 * the source's words as they are, cut at a word, with "…" when there is more.
 */
export function passageGist(text: string, words = 10): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

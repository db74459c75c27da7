const MAX_TITLE = 140;

/**
 * A title for a document without metadata: its first sentence, cut at a word
 * boundary when long. It is marked as derived wherever it is shown.
 */
export function deriveTitle(firstPassage: string): string {
  const firstLine = firstPassage.split('\n')[0] ?? '';
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(firstLine)?.[0] ?? firstLine;
  if (sentence.length <= MAX_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : MAX_TITLE)}…`;
}

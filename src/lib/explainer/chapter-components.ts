/**
 * The components a chapter may use, with the attributes each accepts: the one
 * list the chapter checks read and the chapter page's `components` map must
 * match (src/components/explainer/chapter-components.ts; a test holds both, and
 * each component's Props, to it).
 */
export const chapterComponents = {
  Cite: ['to'],
  Entity: ['id'],
  Quote: ['from', 'words', 'by', 'to', 'garbled'],
  Background: [],
  SourceDocuments: [],
  // Old ids of a renamed heading, written inside it, so links to them still land on it.
  AliasAnchors: ['ids'],
} as const satisfies Record<string, readonly string[]>;

export type ChapterComponentName = keyof typeof chapterComponents;

import type { DocumentData } from '../documents/document-schema';
import { createMentionFinder, type MentionSpan, type MentionTarget } from './find-mentions';

export interface PassageMention {
  document: string;
  passage: string;
  /** 1-based position of the passage in its document, as shown on its page (¶3). */
  passageNumber: number;
  text: string;
  /** Where this entity is named in the passage. */
  spans: MentionSpan[];
}

export interface MentionIndex {
  /** Entity id → every passage naming it, in the order the documents are given. */
  byEntity: Map<string, PassageMention[]>;
  /** `document#passage` → every mention in that passage, in text order. */
  byPassage: Map<string, MentionSpan[]>;
}

/** Finds every mention of every entity in every passage, from names and aliases alone. */
export function indexMentions(
  documents: readonly {
    slug: string;
    passages: readonly Pick<DocumentData['passages'][number], 'id' | 'text'>[];
  }[],
  entities: readonly MentionTarget[],
): MentionIndex {
  const find = createMentionFinder(entities);
  const byEntity = new Map<string, PassageMention[]>(entities.map((e) => [e.id, []]));
  const byPassage = new Map<string, MentionSpan[]>();
  for (const doc of documents) {
    doc.passages.forEach((passage, i) => {
      const spans = find(passage.text);
      if (spans.length === 0) return;
      byPassage.set(`${doc.slug}#${passage.id}`, spans);
      for (const id of new Set(spans.map((s) => s.id))) {
        byEntity.get(id)?.push({
          document: doc.slug,
          passage: passage.id,
          passageNumber: i + 1,
          text: passage.text,
          spans: spans.filter((s) => s.id === id),
        });
      }
    });
  }
  return { byEntity, byPassage };
}

/**
 * A short stretch of `text` around `span`, cut at word edges, for lists of
 * mentions; long passages are trimmed with an ellipsis on the cut side.
 */
export function excerptAround(
  text: string,
  span: { start: number; end: number },
  radius = 120,
): { before: string; match: string; after: string } {
  let from = Math.max(0, span.start - radius);
  let to = Math.min(text.length, span.end + radius);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > span.end ? text.lastIndexOf(' ', to) : to;
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, span.start)}`,
    match: text.slice(span.start, span.end),
    after: `${text.slice(span.end, to)}${to < text.length ? '…' : ''}`,
  };
}

const grouped = new WeakMap<readonly PassageMention[], Map<string, PassageMention[]>>();

/**
 * An entity's mentions by document, grouped once per list: the entity page and
 * each of its continuation pages ask for the same list, and grouping it again on
 * every page would make the build quadratic in the documents naming the entity.
 */
export function mentionsByDocument(mentions: readonly PassageMention[]): Map<string, PassageMention[]> {
  let byDocument = grouped.get(mentions);
  if (!byDocument) {
    byDocument = Map.groupBy(mentions, (m) => m.document);
    grouped.set(mentions, byDocument);
  }
  return byDocument;
}

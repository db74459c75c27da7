import { parseCitationRef, resolveCitation } from '../citations/citation-ref';
import { passageLookup } from '../citations/passage-lookup';
import { type ContentProblem, lineAt } from '../content/content-problem';
import type { DocumentData } from '../documents/document-schema';
import { checkEntity } from '../entities/check-entity';
import { sortEntities } from '../entities/entities-data';
import type { EntityData } from '../entities/entity-schema';
import { indexMentions, type MentionIndex } from '../entities/mention-index';
import { orderChapters } from './chapter-order';
import type { ChapterData } from './chapter-schema';
import { checkChapterBody, citedRefs } from './check-chapter';
import { checkChapterMeta } from './check-chapter-meta';
import { attribute, descendants, isJsx, parseMdx, visibleText } from './mdx-tree';
import { countWords } from './reading-time';

/** A chapter file as read: its frontmatter's data, its MDX body and the whole text. */
export interface ChapterSource<E> {
  id: string;
  file: string;
  raw: string;
  body: string;
  data: ChapterData;
  /** What pages render the chapter from (the collection entry). */
  entry: E;
}

export interface Chapter<E = unknown> {
  id: string;
  file: string;
  order: number;
  entry: E;
  data: ChapterData;
  /** Passages cited, in reading order: key points first, then the body. */
  refs: string[];
  /** Entities the chapter names with <Entity>. */
  entityIds: string[];
  words: number;
}

export interface Explainer<E = unknown> {
  /** The documents some chapter cites, newest first: what the explainer itself rests on. */
  citedDocuments: DocumentData[];
  chapters: Chapter<E>[];
  entities: EntityData[];
  entityById: Map<string, EntityData>;
  mentions: MentionIndex;
  resolve: (ref: string) => ReturnType<typeof resolveCitation>;
}

/**
 * Chapters and entities against the documents (sorted newest first): every
 * citation, quotation and entity named, and the chapters' order. Pure, so the
 * same checks run before any page is written and when pages read the result.
 */
export function assembleExplainer<E>(
  documents: DocumentData[],
  entityList: readonly EntityData[],
  sources: readonly ChapterSource<E>[],
): { explainer: Explainer<E>; problems: ContentProblem[] } {
  const entities = sortEntities([...entityList]);
  const entityIds = new Set(entities.map((e) => e.id));
  const { lookup, kindOf } = passageLookup(documents);
  const problems: ContentProblem[] = entities.flatMap((e) => checkEntity(e, lookup));

  const loaded = sources.map(({ id, file, raw, body, data, entry }): Chapter<E> => {
    const lineOffset = lineAt(raw, Math.max(0, raw.indexOf(body))) - 1;
    const frontmatter = raw.slice(0, Math.max(0, raw.indexOf(body)));
    const lineOf = (text: string) => {
      const at = frontmatter.indexOf(text.slice(0, 24));
      return at === -1 ? 1 : lineAt(raw, at);
    };
    const tree = parseMdx(body);
    problems.push(...checkChapterBody(tree, { file, lineOffset, lookup, kindOf, entityIds }));
    const bodyRefs = citedRefs(tree);
    problems.push(...checkChapterMeta(data, bodyRefs, { file, lookup, lineOf }));
    const named = [...descendants(tree)].filter((n) => isJsx(n) && n.name === 'Entity');
    const quoted = [...descendants(tree)].filter((n) => isJsx(n) && n.name === 'Quote');
    const quotedText = quoted.map((n) => {
      const words = attribute(n, 'words');
      const from = attribute(n, 'from');
      const found = typeof from === 'string' ? lookup(from) : undefined;
      return typeof words === 'string' ? words : found?.ok ? found.text : '';
    });
    const keyPointText = data.keyPoints.map((p) => p.text);
    return {
      id,
      file,
      order: data.order,
      entry,
      data,
      refs: [...new Set([...data.keyPoints.flatMap((p) => p.cite), ...bodyRefs])],
      entityIds: [...new Set(named.map((n) => attribute(n, 'id')).filter((id) => typeof id === 'string'))],
      words: countWords([visibleText(tree), ...quotedText, ...keyPointText].join(' ')),
    };
  });
  const ordered = orderChapters(loaded);
  problems.push(...ordered.problems);

  let mentions: MentionIndex | undefined;
  const cited = new Set(
    ordered.chapters.flatMap((c) => c.refs.map((ref) => parseCitationRef(ref)?.document)),
  );
  return {
    explainer: {
      citedDocuments: documents.filter((d) => cited.has(d.slug)),
      chapters: ordered.chapters,
      entities,
      entityById: new Map(entities.map((e) => [e.id, e])),
      // Only pages need the mentions; the checks before them skip the cost.
      get mentions() {
        mentions ??= indexMentions(documents, entities);
        return mentions;
      },
      resolve: (ref) => resolveCitation(ref, documents),
    },
    problems,
  };
}

import type { CollectionEntry } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseCitationRef, resolveCitation } from '../citations/citation-ref';
import { site } from '../config/site';
import { collection, contentKey } from '../content/collections';
import type { DocumentData } from '../documents/document-schema';
import { sortDocuments } from '../documents/documents-data';
import { checkEntity } from '../entities/check-entity';
import { sortEntities } from '../entities/entities-data';
import type { EntityData } from '../entities/entity-schema';
import { indexMentions, type MentionIndex } from '../entities/mention-index';
import { contentDir } from '../site/content-dir';
import { siteTextProse } from '../site/site-text-prose';
import { orderChapters } from './chapter-order';
import type { ChapterData } from './chapter-schema';
import { checkChapterBody, citedRefs } from './check-chapter';
import { checkChapterMeta } from './check-chapter-meta';
import { checkProse } from './check-prose';
import { ContentError, type ContentProblem, lineAt } from './content-problem';
import { attribute, descendants, isJsx, parseMdx, visibleText } from './mdx-tree';
import { passageLookup } from './passage-lookup';
import { countWords } from './reading-time';

export interface Chapter {
  id: string;
  file: string;
  order: number;
  entry: CollectionEntry<'explainer'>;
  data: ChapterData;
  /** Passages cited, in reading order: key points first, then the body. */
  refs: string[];
  /** Entities the chapter names with <Entity>. */
  entityIds: string[];
  words: number;
}

export interface Explainer {
  documents: DocumentData[];
  /** The documents some chapter cites, newest first: what the explainer itself rests on. */
  citedDocuments: DocumentData[];
  chapters: Chapter[];
  entities: EntityData[];
  entityById: Map<string, EntityData>;
  mentions: MentionIndex;
  resolve: (ref: string) => ReturnType<typeof resolveCitation>;
}

let cache: { key: string; value: Promise<Explainer> } | undefined;

/**
 * The one place pages read chapters and entities. Every check runs here, once
 * per build, before any page is written: a bad reference anywhere stops the
 * build with every problem listed by file and line.
 */
export async function loadExplainer(): Promise<Explainer> {
  const [docs, entities, chapters] = await Promise.all([
    collection('documents'),
    collection('entities'),
    collection('explainer'),
  ]);
  const key = contentKey(docs, entities, chapters);
  if (cache?.key !== key) cache = { key, value: build(docs, entities, chapters) };
  return cache.value;
}

async function build(
  docEntries: CollectionEntry<'documents'>[],
  entityEntries: CollectionEntry<'entities'>[],
  chapterEntries: CollectionEntry<'explainer'>[],
): Promise<Explainer> {
  const documents = sortDocuments(docEntries).map((e) => e.data);
  const entities = sortEntities(entityEntries.map((e) => e.data));
  const entityIds = new Set(entities.map((e) => e.id));
  const { lookup, kindOf } = passageLookup(documents);
  const problems: ContentProblem[] = entities.flatMap((e) => checkEntity(e, lookup));
  const siteFile = join(contentDir, 'site.yaml');
  const siteSource = await readFile(resolve(siteFile), 'utf8').catch(() => '');
  for (const prose of siteTextProse(
    { name: site.title, tagline: site.tagline, description: site.description },
    siteSource,
    siteFile,
  ))
    problems.push(...checkProse(prose, lookup));

  const loaded = await Promise.all(
    chapterEntries.map(async (entry): Promise<Chapter> => {
      const file = entry.filePath ?? `${entry.id}.mdx`;
      const raw = await readFile(resolve(file), 'utf8');
      const body = entry.body ?? '';
      const lineOffset = lineAt(raw, Math.max(0, raw.indexOf(body))) - 1;
      const frontmatter = raw.slice(0, Math.max(0, raw.indexOf(body)));
      const lineOf = (text: string) => {
        const at = frontmatter.indexOf(text.slice(0, 24));
        return at === -1 ? 1 : lineAt(raw, at);
      };
      const tree = parseMdx(body);
      problems.push(...checkChapterBody(tree, { file, lineOffset, lookup, kindOf, entityIds }));
      const bodyRefs = citedRefs(tree);
      problems.push(...checkChapterMeta(entry.data, bodyRefs, { file, lookup, lineOf }));
      const named = [...descendants(tree)].filter((n) => isJsx(n) && n.name === 'Entity');
      const quoted = [...descendants(tree)].filter((n) => isJsx(n) && n.name === 'Quote');
      const quotedText = quoted.map((n) => {
        const words = attribute(n, 'words');
        const from = attribute(n, 'from');
        const found = typeof from === 'string' ? lookup(from) : undefined;
        return typeof words === 'string' ? words : found?.ok ? found.text : '';
      });
      const keyPointText = entry.data.keyPoints.map((p) => p.text);
      return {
        id: entry.id,
        file,
        order: entry.data.order,
        entry,
        data: entry.data,
        refs: [...new Set([...entry.data.keyPoints.flatMap((p) => p.cite), ...bodyRefs])],
        entityIds: [...new Set(named.map((n) => attribute(n, 'id')).filter((id) => typeof id === 'string'))],
        words: countWords([visibleText(tree), ...quotedText, ...keyPointText].join(' ')),
      };
    }),
  );
  const ordered = orderChapters(loaded);
  problems.push(...ordered.problems);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  if (problems.length > 0) throw new ContentError(problems);

  const cited = new Set(
    ordered.chapters.flatMap((c) => c.refs.map((ref) => parseCitationRef(ref)?.document)),
  );
  return {
    documents,
    citedDocuments: documents.filter((d) => cited.has(d.slug)),
    chapters: ordered.chapters,
    entities,
    entityById: new Map(entities.map((e) => [e.id, e])),
    mentions: indexMentions(documents, entities),
    resolve: (ref) => resolveCitation(ref, documents),
  };
}

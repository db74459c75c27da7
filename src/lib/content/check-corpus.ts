import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { checkProse } from '../citations/check-prose';
import { passageLookup } from '../citations/passage-lookup';
import { site } from '../config/site';
import type { DocumentData } from '../documents/document-schema';
import { sortDocuments } from '../documents/documents-data';
import type { EntityData } from '../entities/entity-schema';
import { assembleExplainer } from '../explainer/assemble-explainer';
import type { ChapterData } from '../explainer/chapter-schema';
import { contentDir } from '../site/content-dir';
import { leadProblems } from '../site/lead-problems';
import { siteTextProse } from '../site/site-text-prose';
import { eventCitationProblems } from '../timeline/build-timeline';
import { checkEvents } from '../timeline/check-event';
import type { StoredEvent } from '../timeline/event-schema';
import { ContentError, formatProblem, isError, sortProblems } from './content-problem';
import { published, recordedProblems, recordProblems } from './problem-registry';

/**
 * The checks across collections (citations, quotations, entities named, event
 * sources), run as soon as every loader has stored its entries and before
 * Astro writes a page. Then every problem of every collection is reported at
 * once: warnings printed, errors thrown together.
 */
export async function checkCorpus({ store, logger, config }: LoaderContext): Promise<void> {
  const [docs, entities, events] = await Promise.all([
    published<DocumentData>('documents'),
    published<EntityData>('entities'),
    published<StoredEvent>('events'),
  ]);
  const documents = sortDocuments(docs.map((data) => ({ data }))).map((d) => d.data);
  const root = config.root.pathname;
  const sources = await Promise.all(
    [...store.values()].map(async (entry) => {
      const file = entry.filePath ?? `${entry.id}.mdx`;
      const raw = await readFile(resolve(root, file), 'utf8');
      return {
        id: entry.id,
        file,
        raw,
        body: entry.body ?? '',
        data: entry.data as ChapterData,
        entry: null,
      };
    }),
  );
  const { problems } = assembleExplainer(documents, entities, sources);
  // Detected dates are left to the timeline's assembly: finding them is the costly part.
  problems.push(...eventCitationProblems(documents, events), ...checkEvents(events, documents));
  // The site's own name, tagline and description are held to the same rules as a chapter.
  const siteFile = join(contentDir, 'site.yaml');
  const siteSource = await readFile(resolve(root, siteFile), 'utf8').catch(() => '');
  const { lookup } = passageLookup(documents);
  const siteText = { name: site.title, tagline: site.tagline, description: site.description };
  for (const prose of siteTextProse(siteText, siteSource, siteFile))
    problems.push(...checkProse(prose, lookup));
  if (site.lead) problems.push(...leadProblems(site.lead, siteSource, siteFile, lookup));
  recordProblems('corpus', problems);

  const all = sortProblems(recordedProblems());
  const warnings = all.filter((p) => !isError(p));
  if (warnings.length > 0) {
    logger.warn(`${warnings.length} warning(s):\n${warnings.map(formatProblem).join('\n')}`);
  }
  const errors = all.filter(isError);
  if (errors.length > 0) throw new ContentError(errors);
}

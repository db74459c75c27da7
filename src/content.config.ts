import { defineCollection } from 'astro:content';
import { chaptersLoader } from './lib/content/chapters-loader';
import { documentSchema } from './lib/documents/document-schema';
import { documentsLoader } from './lib/documents/loader';
import { entitySchema } from './lib/entities/entity-schema';
import { entitiesLoader } from './lib/entities/loader';
import { chapterSchema } from './lib/explainer/chapter-schema';
import { contentDir } from './lib/site/content-dir';
import { storedEventSchema } from './lib/timeline/event-schema';
import { eventsLoader } from './lib/timeline/events-loader';

const documents = defineCollection({
  loader: documentsLoader({ base: `${contentDir}/documents` }),
  schema: documentSchema,
});

const events = defineCollection({
  loader: eventsLoader({ base: `${contentDir}/events` }),
  schema: storedEventSchema,
});

// Chapters are read in the order of their `order` field, entities by name: see src/lib/content/corpus.ts.
const explainer = defineCollection({
  loader: chaptersLoader({ pattern: '*.mdx', base: `${contentDir}/explainer` }),
  schema: chapterSchema,
});

const entities = defineCollection({
  loader: entitiesLoader({ base: `${contentDir}/entities` }),
  schema: entitySchema,
});

export const collections = { documents, events, explainer, entities };

import { defineCollection } from 'astro:content';
import { documentSchema } from './lib/documents/document-schema';
import { documentsLoader } from './lib/documents/loader';

// Tests point this at fixture content; editors never need to.
const contentDir = process.env.EXPLAINER_CONTENT_DIR ?? 'content';

const documents = defineCollection({
  loader: documentsLoader({ base: `${contentDir}/documents` }),
  schema: documentSchema,
});

export const collections = { documents };

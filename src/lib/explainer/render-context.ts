import type { DocumentData } from '../documents/document-schema';
import type { EntityData } from '../entities/entity-schema';
import type { NumberedCitation } from './citation-numbers';

/**
 * What the components inside a chapter need to render: the page's citation
 * numbers, the entities and the documents. The page sets it once; components
 * read it. Keyed by the page's `Astro.locals`, which is one object per page render.
 */
export interface RenderContext {
  citations: ReadonlyMap<string, NumberedCitation>;
  entities: ReadonlyMap<string, EntityData>;
  documents: readonly DocumentData[];
  /** The documents some chapter cites. */
  citedDocuments: readonly DocumentData[];
  /** The id of the element holding each citation's preview text, by citation number. */
  previewId: (number: number) => string;
}

const contexts = new WeakMap<object, RenderContext>();

export function setRenderContext(locals: object, context: RenderContext): void {
  contexts.set(locals, context);
}

export function renderContext(locals: object, component: string): RenderContext {
  const context = contexts.get(locals);
  if (!context) throw new Error(`<${component}> can only be used inside an explainer chapter.`);
  return context;
}

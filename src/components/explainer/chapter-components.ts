import type { ChapterComponentName } from '../../lib/explainer/chapter-components';
import AliasAnchors from '../AliasAnchors.astro';
import Background from './Background.astro';
import Cite from './Cite.astro';
import Entity from './Entity.astro';
import Quote from './Quote.astro';
import SourceDocuments from './SourceDocuments.astro';

/** What each component a chapter may use renders with: exactly the names the chapter checks allow. */
export const chapterComponentMap = {
  Cite,
  Entity,
  Quote,
  Background,
  SourceDocuments,
  AliasAnchors,
} satisfies Record<ChapterComponentName, unknown>;

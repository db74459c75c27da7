import { paths } from '../site/paths';
import type { ChapterData } from './chapter-schema';

/** One chapter as published in `data/explainer.json`: the public contract. */
export function toPublicChapter(slug: string, data: ChapterData) {
  return {
    slug,
    title: data.title,
    summary: data.summary,
    updated: data.updated,
    url: paths.chapter(slug),
  };
}

import { z } from 'astro/zod';

/** YAML reads an unquoted 2025-04-16 as a date; keep it a calendar day either way. */
const day = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date());

/** The frontmatter of a chapter in `content/explainer/NAME.mdx`. */
export const chapterSchema = z
  .object({
    title: z.string().trim().min(1),
    /** One sentence, for cards, search results and link previews. */
    summary: z
      .string()
      .trim()
      .min(1)
      .max(240)
      .refine((s) => !/[.!?][”’")]?\s+[A-Z“‘"]/.test(s), 'write the summary as one sentence'),
    /** Reading order: chapters are listed and linked by this number. */
    order: z.number().int().nonnegative(),
    updated: day,
    /** Dated notes of what was corrected, newest last; shown at the end of the chapter. */
    corrections: z.array(z.object({ date: day, text: z.string().trim().min(1) }).strict()).default([]),
    /** The chapter's main points, each with the passages it rests on; the first chapter's lead the home page. */
    keyPoints: z
      .array(
        z
          .object({
            text: z.string().trim().min(1),
            cite: z.array(z.string()).min(1, 'cite at least one passage'),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type ChapterData = z.infer<typeof chapterSchema>;

import { z } from 'astro/zod';
import { passageKinds } from './classify-passage';
import { PASSAGE_ID } from './passage-ids';
import { provenanceSchema } from './sidecar';

export const passageSchema = z.object({
  id: z.string().regex(PASSAGE_ID),
  kind: z.enum(passageKinds),
  text: z.string().min(1),
  line: z.number().int().positive(),
  aliases: z.array(z.string()),
  embed: z.object({ author: z.string(), handle: z.string(), date: z.iso.date() }).optional(),
  note: z.string().optional(),
});

export const documentSchema = z.object({
  slug: z.string().min(1),
  file: z.string(),
  date: z.iso.date(),
  title: z.string().min(1),
  titleIsDerived: z.boolean(),
  opening: z.string(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  provenance: provenanceSchema.nullable(),
  language: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  passages: z.array(passageSchema).min(1),
});

export type DocumentData = z.infer<typeof documentSchema>;

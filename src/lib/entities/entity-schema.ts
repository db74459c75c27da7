import { z } from 'astro/zod';

export const entityKinds = ['person', 'organisation', 'group', 'place', 'term'] as const;
export type EntityKind = (typeof entityKinds)[number];

/** What an editor writes in `content/entities/NAME.yaml`. */
export const entityFileSchema = z
  .object({
    /** Stable id: the entity's page is `entities/ID.html`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single dashes'),
    name: z.string().trim().min(1),
    kind: z.enum(entityKinds),
    /** Other names the sources use; mentions are found by name and by these. */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** Longer names that contain this one but are not it ("New York" for York): never linked to it. */
    not: z.array(z.string().trim().min(1)).optional(),
    /** One or two plain sentences, each claim supported by the citations. */
    description: z.string().trim().min(1),
    /** Passages (`document-slug#passage-id`) the description rests on. */
    citations: z.array(z.string().trim()).min(1, 'cite at least one passage for the description'),
  })
  .strict();

/** An entity as stored in the collection: the file's fields, plus where they were written. */
export const entitySchema = entityFileSchema.extend({
  file: z.string(),
  lines: z.object({
    description: z.number().int(),
    citations: z.array(z.number().int()),
    /** The line of the name and of each alias, for a name two entities share. */
    names: z.record(z.string(), z.number().int()).optional(),
  }),
});

export type EntityData = z.infer<typeof entitySchema>;

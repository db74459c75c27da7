import { z } from 'astro/zod';
import { precisions } from './periods';

/** Where an event stands according to its sources; the last two are "pending". */
export const statuses = ['happened', 'announced', 'planned', 'under consideration', 'undecided'] as const;
export type Status = (typeof statuses)[number];
export const pendingStatuses: readonly Status[] = ['under consideration', 'undecided'];

/** One curated event, as an editor writes it in `content/events/NAME.yaml`. */
export const curatedEventSchema = z
  .object({
    /** The event's anchor on the timeline page; never change it once published. */
    id: z
      .string()
      .regex(/^event-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'write "event-" then lowercase words joined by dashes'),
    /** A neutral headline that attributes what the sources only report someone saying. */
    title: z.string().trim().min(1).max(200),
    summary: z.string().trim().min(1),
    /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; leave it out when the sources give no date. */
    date: z
      .union([z.string(), z.number()])
      .transform(String)
      .pipe(
        z
          .string()
          .regex(
            /^[1-9]\d{3}(-\d{2}(-\d{2})?)?$/,
            'write the date as YYYY, YYYY-MM or YYYY-MM-DD, a year from 1000 to 9999',
          ),
      )
      .optional(),
    /** How exactly the date is known; by default what the date gives (a week needs saying). */
    precision: z.enum(precisions).optional(),
    /** The date is the earliest the sources give ("as early as this week"): the entry reads "From …". */
    openEnded: z.boolean().optional(),
    /** How the date was worked out and how sure it is, shown with the entry; needed when the words give no year. */
    dateNote: z.string().trim().min(1).optional(),
    status: z.enum(statuses),
    category: z.string().trim().min(1),
    /** Passages the event rests on, as `document-slug#passage-id`; the first is the main one. */
    citations: z.array(z.string()).min(1),
  })
  .strict();

export type CuratedEventInput = z.infer<typeof curatedEventSchema>;

/** What the events collection stores: the event, its file, and lines for error messages. */
export const storedEventSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  date: z.string().nullable(),
  precision: z.enum(precisions).nullable(),
  openEnded: z.boolean(),
  dateNote: z.string().nullable(),
  status: z.enum(statuses),
  category: z.string(),
  citations: z.array(z.object({ ref: z.string(), line: z.number().int().positive() })),
  file: z.string(),
  line: z.number().int().positive(),
  /** Lines of the fields the claim checks point at. */
  lines: z.object({ title: z.number(), summary: z.number(), date: z.number(), status: z.number() }),
});

export type StoredEvent = z.infer<typeof storedEventSchema>;

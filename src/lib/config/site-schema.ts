import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/** YAML may read an unquoted 2025-04-16 as a date; keep it a calendar day either way. */
const day = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date());

/** A language tag such as `en`, `es` or `es-MX` (BCP 47), written in its canonical form. */
const languageTag = text.refine(
  (tag) => {
    try {
      return Intl.getCanonicalLocales(tag)[0] === tag;
    } catch {
      return false;
    }
  },
  { message: 'is not a BCP 47 language tag in its canonical form, such as "en", "es" or "es-MX"' },
);

const httpUrl = text.refine(
  (u) => {
    try {
      return ['https:', 'http:'].includes(new URL(u).protocol);
    } catch {
      return false;
    }
  },
  { message: 'must be a full address starting with https:// or http://' },
);

/** What an editor writes in `content/site.yaml`: the one configuration of the site. */
export const siteConfigSchema = z
  .object({
    /**
     * The site's name: the header, every page's `<title>`, share cards, citations, the feed, and the
     * offline archive's file name (`SLUG-offline.zip`).
     * @example "The Water Rate Explainer"
     */
    title: text,
    /** A short line after the name in the footer. @example "An explainer built from its sources" */
    tagline: text,
    /** One or two sentences for search engines and link previews of pages without their own. */
    description: text,
    /**
     * The story in a few sentences, first on the home page and in its share card: what happened,
     * who says so and when. Checked like any claim (see `src/lib/site/lead-problems.ts`).
     */
    lead: z
      .object({
        /**
         * The home page's heading, in place of the site's name (which the header already shows): at
         * most 14 words, resting on the same passages and checked like the text.
         * @example "Port inspections to double, the Gazette reports"
         */
        headline: text.optional(),
        /** At most 60 words. @example "The port authority says inspections will double, the Gazette reports." */
        text,
        /** The passages it rests on, as `document-slug#passage-id`; at least one. */
        cite: z.array(text).min(1, 'cite at least one passage'),
        /** The day the lead holds as of, shown beside it. @example "2025-04-16" */
        asOf: day,
      })
      .strict()
      .optional(),
    /**
     * The language of the site and its interface text (BCP 47). Interface text comes from
     * `src/i18n/LANGUAGE.ts`, falling back to English for a language without a catalogue.
     * @default "en"
     */
    language: languageTag.default('en'),
    /**
     * The public address the site is published at, with any sub-path. Canonical links, the sitemap,
     * the feed and copied links from a local copy use it. Leave it out until it is known: the build
     * then warns and no page claims an address. The `SITE_URL` environment variable overrides it.
     * @example "https://explainer.example.org/water-rates/"
     */
    url: httpUrl.optional(),
    /** Who publishes the site, shown in the footer with where to send corrections. */
    publisher: z
      .object({
        /** @example "The Valley Courier" */
        name: text,
        /** An address (`mailto:` or `https://`) for corrections. @example "mailto:corrections@courier.example" */
        corrections: z
          .string()
          .trim()
          .refine((u) => /^(mailto:\S+@\S+|https?:\/\/\S+)$/.test(u), {
            message: 'must be a "mailto:" or "https://" address',
          })
          .optional(),
      })
      .strict()
      .optional(),
    /** The licence of the explainer's own text (not the source documents, which keep theirs). */
    license: z
      .object({
        /** @example "CC BY 4.0" */
        name: text,
        /** @example "https://creativecommons.org/licenses/by/4.0/" */
        url: httpUrl.optional(),
      })
      .strict()
      .optional(),
    /** The main navigation's labels; each defaults to the interface text of the site's language. */
    navigation: z
      .object({ explainer: text, entities: text, timeline: text, documents: text })
      .partial()
      .strict()
      .default({}),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;

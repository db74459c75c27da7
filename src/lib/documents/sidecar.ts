import { z } from 'astro/zod';
import { ContentError, type ContentProblem, contentError } from '../content/content-problem';
import { schemaProblems } from '../content/schema-problems';
import { readYamlSource } from '../content/yaml-source';
import { passageKinds } from './classify-passage';
import { PASSAGE_ID } from './passage-ids';

/** Where the document's reporting comes from: `relays` lists what it passes on from others. */
export const provenanceSchema = z
  .object({
    type: z.enum(['original', 'rewrite', 'unknown']),
    relays: z
      .array(z.object({ by: z.string().trim().min(1), what: z.string().trim().min(1) }).strict())
      .default([]),
    /** What the editors could not confirm, said on the source page. */
    note: z.string().trim().min(1).optional(),
  })
  .strict();

export type Provenance = z.infer<typeof provenanceSchema>;

/** Optional metadata kept beside a document in `NAME.meta.yaml`, so the document itself is never edited. */
export const sidecarSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    publisher: z.string().trim().min(1).optional(),
    author: z.string().trim().min(1).optional(),
    sourceUrl: z.url({ protocol: /^https?$/, error: 'write a full http:// or https:// address' }).optional(),
    provenance: provenanceSchema.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'use a language tag such as "en" or "es-MX"')
      .optional(),
    /** Old passage id → current passage id, for passages that were corrected. */
    aliases: z.record(z.string().regex(PASSAGE_ID), z.string()).optional(),
    /** Passage id → the editors' note on it (say, that it is garbled in the original), shown under it. */
    notes: z.record(z.string().regex(PASSAGE_ID), z.string().trim().min(1)).optional(),
    /** Passage id → its kind, where the one read from the text is wrong (a heading taken for a caption). */
    kinds: z.record(z.string().regex(PASSAGE_ID), z.enum(passageKinds)).optional(),
  })
  .strict();

export type Sidecar = z.infer<typeof sidecarSchema>;

const FIELDS =
  'allowed fields are title, publisher, author, sourceUrl (a full URL), provenance (type: original, rewrite or unknown; relays: by, what), language (such as "en"), aliases (old-id: new-id), notes (passage-id: note) and kinds (passage-id: heading, furniture, paragraph, caption, quote or embed), each a plain text value.';

/** The sidecar's fields, and the line of any of them (`['notes', 'p-id']`) for later errors. */
export function parseSidecar(
  source: string,
  file: string,
): { meta: Sidecar; lineOf: (path: readonly string[]) => number } {
  const { doc, syntaxError, lineOf } = readYamlSource(source);
  if (syntaxError) {
    throw contentError(
      file,
      syntaxError.line,
      `the metadata is not valid YAML (${syntaxError.code})`,
      'write one "key: value" per line; quote values that contain a colon.',
    );
  }
  const result = sidecarSchema.safeParse(doc.toJS() ?? {});
  const problems: ContentProblem[] = result.success
    ? []
    : schemaProblems(result.error.issues, { file, lineOf, noun: 'metadata', fix: FIELDS });
  if (result.success) problems.push(...bidiProblems(result.data, file, lineOf));
  if (problems.length > 0) throw new ContentError(problems);
  return { meta: result.data as Sidecar, lineOf };
}

// An override or embedding left open reverses the text after it wherever the
// value is shown (titles, bylines, the head, feeds), so it is refused.
const OPEN = /[\u202A-\u202E\u2066-\u2068]/g;
const CLOSE = /[\u202C\u2069]/g;

function bidiProblems(
  meta: Sidecar,
  file: string,
  lineOf: (path: readonly string[]) => number,
): ContentProblem[] {
  const values: [string[], string][] = [];
  for (const [key, value] of Object.entries(meta)) {
    if (typeof value === 'string') values.push([[key], value]);
    else
      for (const [k, v] of Object.entries(value ?? {})) if (typeof v === 'string') values.push([[key, k], v]);
  }
  return values
    .filter(([, v]) => (v.match(OPEN)?.length ?? 0) > (v.match(CLOSE)?.length ?? 0))
    .map(([path]) => ({
      file,
      line: lineOf(path),
      message: `metadata field "${path.join('.')}" has a right-to-left or left-to-right control character that is never closed`,
      fix: 'remove the invisible direction character (U+202A–U+202E, U+2066–U+2068), or close it with U+202C / U+2069.',
    }));
}

import { z } from 'astro/zod';
import { readYamlSource } from '../content/yaml-source';
import { DocumentError } from './document-error';

/** Optional metadata kept beside a document in `NAME.meta.yaml`, so the document itself is never edited. */
export const sidecarSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    publisher: z.string().trim().min(1).optional(),
    author: z.string().trim().min(1).optional(),
    sourceUrl: z.url({ protocol: /^https?$/, error: 'write a full http:// or https:// address' }).optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'use a language tag such as "en" or "es-MX"')
      .optional(),
    /** Old passage id → current passage id, for passages that were corrected. */
    aliases: z.record(z.string().regex(/^p-[\p{L}\p{N}-]+$/u), z.string()).optional(),
    /** Passage id → the editors' note on it (say, that it is garbled in the original), shown under it. */
    notes: z.record(z.string().regex(/^p-[\p{L}\p{N}-]+$/u), z.string().trim().min(1)).optional(),
  })
  .strict();

export type Sidecar = z.infer<typeof sidecarSchema>;

/** The sidecar's fields, and the line of any of them (`['notes', 'p-id']`) for later errors. */
export function parseSidecar(
  source: string,
  file: string,
): { meta: Sidecar; lineOf: (path: readonly string[]) => number } {
  const { doc, syntaxError, lineOf } = readYamlSource(source);
  if (syntaxError) {
    throw new DocumentError(
      file,
      syntaxError.line,
      `the metadata is not valid YAML (${syntaxError.code})`,
      'write one "key: value" per line; quote values that contain a colon.',
    );
  }
  const result = sidecarSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return { meta: result.data, lineOf };
  const issue = result.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  throw new DocumentError(
    file,
    key ? lineOf([key]) : 1,
    `metadata field "${issue?.path.join('.') || '(top level)'}": ${issue?.message}`,
    'allowed fields are title, publisher, author, sourceUrl (a full URL), language (such as "en"), aliases (old-id: new-id) and notes (passage-id: note).',
  );
}

import { z } from 'astro/zod';
import { parseDocument as parseYaml } from 'yaml';
import { DocumentError } from './document-error';

/** Optional metadata kept beside a document in `NAME.meta.yaml`, so the document itself is never edited. */
export const sidecarSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    publisher: z.string().trim().min(1).optional(),
    author: z.string().trim().min(1).optional(),
    sourceUrl: z.url().optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'use a language tag such as "en" or "es-MX"')
      .optional(),
    /** Old passage id → current passage id, for passages that were corrected. */
    aliases: z.record(z.string().regex(/^p-[\p{L}\p{N}-]+$/u), z.string()).optional(),
  })
  .strict();

export type Sidecar = z.infer<typeof sidecarSchema>;

export function parseSidecar(source: string, file: string): Sidecar {
  const doc = parseYaml(source, { prettyErrors: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new DocumentError(
      file,
      yamlError.linePos?.[0].line ?? 1,
      `the metadata is not valid YAML (${yamlError.code})`,
      'write one "key: value" per line; quote values that contain a colon.',
    );
  }
  const result = sidecarSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  const node = key ? doc.get(key, true) : undefined;
  const offset = (node as { range?: [number] } | undefined)?.range?.[0] ?? 0;
  const line = source.slice(0, offset).split('\n').length;
  throw new DocumentError(
    file,
    line,
    `metadata field "${issue?.path.join('.') || '(top level)'}": ${issue?.message}`,
    'allowed fields are title, publisher, author, sourceUrl (a full URL), language (such as "en") and aliases (old-id: new-id).',
  );
}

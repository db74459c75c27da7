import { getCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';

/** The original file, byte for byte, so readers can check it against the SHA-256 on its page. */
export const getStaticPaths = (async () => {
  const docs = await getCollection('documents');
  return docs.map((d) => ({ params: { slug: d.id }, props: { file: d.data.file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  // Builds run from the project root, which `file` is relative to.
  const bytes = await readFile(resolve(props.file));
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};

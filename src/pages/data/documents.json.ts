import type { APIRoute } from 'astro';
import { collection } from '../../lib/content/collections';
import { sortDocuments, toPublicDocument } from '../../lib/documents/documents-data';

export const GET: APIRoute = async () => {
  const docs = sortDocuments(await collection('documents'));
  const body = { documents: docs.map((d) => toPublicDocument(d.data)) };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

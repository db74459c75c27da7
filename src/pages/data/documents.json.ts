import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { sortDocuments, toPublicDocument } from '../../lib/documents/documents-data';

export const GET: APIRoute = async () => {
  const docs = sortDocuments(await getCollection('documents'));
  const body = { documents: docs.map((d) => toPublicDocument(d.data)) };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

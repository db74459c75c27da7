import { type CollectionEntry, type CollectionKey, getCollection } from 'astro:content';

const read = new Map<CollectionKey, Promise<unknown>>();

/**
 * A collection's entries. A build reads one state of the content, and every
 * page asks for the same collections, so each is read once per build rather
 * than several times per page. The dev server reads afresh on every call, so
 * edits show without a restart.
 */
export function collection<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  if (!import.meta.env.PROD) return getCollection(name);
  let entries = read.get(name) as Promise<CollectionEntry<C>[]> | undefined;
  if (!entries) {
    entries = getCollection(name);
    read.set(name, entries);
  }
  return entries;
}

const keys = new WeakMap<readonly unknown[], string>();

/**
 * A key that changes when an entry of these collections changes (ids and
 * digests), for caches built from them. Worked out once per array, and a build
 * reads each collection once, so asking on every page costs nothing.
 */
export function contentKey(...lists: readonly CollectionEntry<CollectionKey>[][]): string {
  return lists
    .map((list) => {
      let key = keys.get(list);
      if (key === undefined) {
        key = list.map((e) => `${e.collection}/${e.id}@${e.digest ?? ''}`).join('\n');
        keys.set(list, key);
      }
      return key;
    })
    .join('\n');
}

/** The four collections the content is made of, read together, with their key. */
export async function allCollections() {
  const [docs, entities, chapters, events] = await Promise.all([
    collection('documents'),
    collection('entities'),
    collection('explainer'),
    collection('events'),
  ]);
  return { docs, entities, chapters, events, key: contentKey(docs, entities, chapters, events) };
}

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
/** Keys made of several lists, under the first of them. */
const joined = new WeakMap<readonly unknown[], { lists: readonly unknown[][]; key: string }[]>();

/**
 * A key that changes when an entry of these collections changes (ids and
 * digests), for caches built from them. Worked out once per set of arrays, and a
 * build reads each collection once, so asking on every page costs nothing: the
 * same string comes back, which compares with itself at once rather than
 * character by character (the key of ten thousand documents is half a megabyte).
 */
export function contentKey(...lists: readonly CollectionEntry<CollectionKey>[][]): string {
  const made = (lists[0] && joined.get(lists[0])) || [];
  const known = made.find((m) => m.lists.length === lists.length && m.lists.every((l, i) => l === lists[i]));
  if (known) return known.key;
  const key = lists
    .map((list) => {
      let key = keys.get(list);
      if (key === undefined) {
        key = list.map((e) => `${e.collection}/${e.id}@${e.digest ?? ''}`).join('\n');
        keys.set(list, key);
      }
      return key;
    })
    .join('\n');
  if (lists[0]) joined.set(lists[0], [...made, { lists, key }]);
  return key;
}

const indexes = new WeakMap<readonly unknown[], Map<string, unknown>>();

/**
 * A collection's entries by id, made once per array: a page that looks up a few
 * entries costs the same whether the collection holds ten or ten thousand.
 */
export function byId<E extends { id: string }>(entries: readonly E[]): ReadonlyMap<string, E> {
  let index = indexes.get(entries) as Map<string, E> | undefined;
  if (!index) {
    index = new Map(entries.map((e) => [e.id, e]));
    indexes.set(entries, index);
  }
  return index;
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

/** Messages between the pages and the service worker. */
export type WorkerMessage =
  | { type: 'offline-progress'; version: string; done: number; total: number }
  | { type: 'offline-ready'; version: string; total: number }
  | { type: 'offline-failed'; version: string; error: string }
  | { type: 'offline-status'; version: string; cached: number; total: number };

export type PageMessage = { type: 'offline-status' };

/** Every cache of this site starts with this and its scope, so another site on the same origin is never touched. */
export const cachePrefix = (scope: string) => `offline ${scope} `;

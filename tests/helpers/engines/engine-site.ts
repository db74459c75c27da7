import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { type StaticServer, serveStatic } from '../static-server';
import { launchChromium } from './chromium';
import type { Engine, EngineName } from './engine';
import { launchFirefox } from './firefox';
import { launchWebKit } from './webkit';

const LAUNCH: Record<EngineName, () => Promise<Engine>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
  webkit: launchWebKit,
};

export interface SiteUrls {
  /** A page over http, from a static server on 127.0.0.1. */
  http: (path: string) => string;
  /** The same page from disk (file://), its #fragment kept. */
  file: (path: string) => string;
  /** The folder the engine reads (for WebKit, an instrumented copy). */
  root: string;
}

/**
 * Folders (`locate` gives each) opened in one engine for a describe block: the
 * engine is launched before its tests, each folder served on 127.0.0.1, and all
 * of it closed after. Read the fields inside hooks and tests.
 */
export function engineSite<K extends string>(
  name: EngineName,
  locate: Record<K, () => string>,
): { engine: Engine } & Record<K, SiteUrls> {
  const servers: StaticServer[] = [];
  const site = { engine: undefined as unknown as Engine } as { engine: Engine } & Record<K, SiteUrls>;
  beforeAll(async () => {
    site.engine = await LAUNCH[name]();
    for (const key of Object.keys(locate) as K[]) {
      const root = await site.engine.prepare(locate[key]());
      const server = await serveStatic(root);
      servers.push(server);
      site[key] = {
        root,
        http: (path) => `${server.url}/${path}`,
        file: (path) => {
          const [page = '', hash] = path.split('#');
          return `${pathToFileURL(join(root, page)).href}${hash ? `#${hash}` : ''}`;
        },
      } as (typeof site)[K];
    }
  }, 120_000);
  afterAll(async () => {
    await Promise.all([site.engine?.close(), ...servers.map((s) => s.close())]);
  });
  return site;
}

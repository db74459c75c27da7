import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 at a free port (or `port`, to come back on the
 * same origin), like a plain static host: files only, no directory listings,
 * `/` is `index.html`, anything else is 404 (with the body of `notFoundPage`,
 * as hosts serve a site's `404.html`, when given).
 */
export async function serveStatic(
  root: string,
  port = 0,
  { notFoundPage }: { notFoundPage?: string } = {},
): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
      });
      createReadStream(file).pipe(res);
    } catch {
      const page = notFoundPage ? await readFile(join(root, notFoundPage)).catch(() => undefined) : undefined;
      res.writeHead(404, { 'Content-Type': page ? TYPES['.html'] : 'text/plain' });
      res.end(page ?? 'Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser keeps idle connections open; without this, close waits for them.
        server.closeAllConnections();
      }),
  };
}

import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { slugFromFileName } from '../lib/documents/slug';
import { contentDir } from '../lib/site/content-dir';

/** The documents' file names, sorted. */
async function originals(from: string): Promise<string[]> {
  return (await readdir(from)).filter((n) => /\.txt$/i.test(n)).sort();
}

/**
 * Publishes each source document byte for byte at `documents/SLUG.txt`, beside
 * its page, so readers can check it against the SHA-256 the page shows. A file
 * copy: rendering a thousand originals as pages costs seconds. The dev server
 * serves the same files from `content/documents/`, so its links work too.
 */
export function originalFiles(): AstroIntegration {
  let root = '';
  const documentsDir = () => resolve(root, contentDir, 'documents');
  return {
    name: 'original-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const slug = /^\/documents\/([^/?#]+)\.txt(?:[?#]|$)/.exec(req.url ?? '')?.[1];
          if (!slug) return next();
          const name = (await originals(documentsDir())).find((n) => slugFromFileName(n) === slug);
          if (!name) return next();
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(await readFile(join(documentsDir(), name)));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const from = documentsDir();
        const to = join(fileURLToPath(dir), 'documents');
        const names = await originals(from);
        await mkdir(to, { recursive: true });
        await Promise.all(names.map((n) => copyFile(join(from, n), join(to, `${slugFromFileName(n)}.txt`))));
        logger.info(`${names.length} original documents`);
      },
    },
  };
}

import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { slugFromFileName } from '../lib/documents/slug';
import { contentDir } from '../lib/site/content-dir';

/**
 * Publishes each source document byte for byte at `documents/SLUG.txt`, beside
 * its page, so readers can check it against the SHA-256 the page shows. A file
 * copy: rendering a thousand originals as pages costs seconds.
 */
export function originalFiles(): AstroIntegration {
  let root = '';
  return {
    name: 'original-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const from = resolve(root, contentDir, 'documents');
        const to = join(fileURLToPath(dir), 'documents');
        const names = (await readdir(from)).filter((n) => /\.txt$/i.test(n)).sort();
        await mkdir(to, { recursive: true });
        await Promise.all(names.map((n) => copyFile(join(from, n), join(to, `${slugFromFileName(n)}.txt`))));
        logger.info(`${names.length} original documents`);
      },
    },
  };
}

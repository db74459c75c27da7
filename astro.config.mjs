// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Canonical URLs and feeds use this; links inside the site are always relative.
  site: process.env.SITE_URL ?? 'https://example.org',
  // Tests build fixture sites into their own folders, side by side.
  outDir: process.env.EXPLAINER_OUT_DIR ?? './dist',
  cacheDir: process.env.EXPLAINER_CACHE_DIR ?? './node_modules/.astro',
  // `page.html` files instead of `page/index.html` folders, so every link works from disk too.
  build: { format: 'file', inlineStylesheets: 'always' },
  trailingSlash: 'never',
  integrations: [mdx()],
  devToolbar: { enabled: false },
});

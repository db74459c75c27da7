// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { buildCache } from './src/integrations/build-cache';
import { clientScripts } from './src/integrations/client-scripts';
import { contentWarnings } from './src/integrations/content-warnings';
import { offlineEdition } from './src/integrations/offline-edition';
import { originalFiles } from './src/integrations/original-files';
import { pagePolicies } from './src/integrations/page-policies';
import { searchIndex } from './src/integrations/search-index';
import { shareAndFeeds } from './src/integrations/share-and-feeds';
import { siteAddress } from './src/integrations/site-address';
import { sourceChecks } from './src/integrations/source-checks';
import { site } from './src/lib/config/site';

export default defineConfig({
  // From content/site.yaml (SITE_URL overrides it). Canonical URLs and feeds use it; links inside
  // the site are always relative. Without one, no page claims an address and the build warns.
  site: site.url?.href,
  // Tests build fixture sites into their own folders, side by side; `npm run build`
  // (bin/build.mjs) builds into a staging folder and swaps it in only on success.
  outDir: process.env.EXPLAINER_STAGING_DIR ?? process.env.EXPLAINER_OUT_DIR ?? './dist',
  cacheDir: process.env.EXPLAINER_CACHE_DIR ?? './node_modules/.astro',
  // `page.html` files instead of `page/index.html` folders, so every link works from disk too.
  // Four pages at a time: one page's render runs while another's file is written.
  build: { format: 'file', inlineStylesheets: 'always', concurrency: 4 },
  trailingSlash: 'never',
  // No code in chapters; Shiki's inline styles would also need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  // offlineEdition() stays last: its archive and service worker take in every file the others write.
  // pagePolicies() rewrites the pages as they are written, so it comes before those that read them.
  integrations: [
    buildCache(),
    siteAddress(),
    mdx(),
    pagePolicies(),
    clientScripts(),
    originalFiles(),
    shareAndFeeds(),
    searchIndex(),
    contentWarnings(),
    sourceChecks(),
    offlineEdition(),
  ],
  security: {
    // Astro hashes the inline styles; scripts are our own files, loaded from the site itself.
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Astro marks each MDX chapter "use astro:head-inject", and Vite's bundler warns, five
        // times a build, that it may drop the directive; Astro reads it before bundling
        // (withastro/astro#18087). Every other warning is shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
  // Source and entity pages carry a cacheKey (src/lib/content/page-keys.ts): a build reuses the
  // last build's copy of each page whose key and code are unchanged, from the cache folder.
  experimental: { incrementalBuild: true },
});

import type { AstroIntegration } from 'astro';
import { site } from '../lib/config/site';

/** Warns when the site's public address is unknown: pages then claim none, and there is no sitemap or feed. */
export function siteAddress(): AstroIntegration {
  return {
    name: 'explainer:site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (site.url) return;
        logger.warn(
          'The site has no public address: pages get no canonical link, and sitemap.xml and feed.xml are not written. Fix: set url in content/site.yaml (or SITE_URL) once the address is known.',
        );
      },
    },
  };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uiText } from '../../i18n/ui-text';
import { contentDir } from '../site/content-dir';
import { formatLongDate, formatLongMonth } from '../site/format-date';
import { parseSiteConfig, resolveSiteUrl, siteConfigError } from './parse-site-config';

/**
 * The site's configuration, read once at build time from `content/site.yaml`. Everything in `src/`
 * (and astro.config.mjs) reads the site's identity, language and address from here.
 */

const file = join(contentDir, 'site.yaml');
function readConfig(): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw siteConfigError([
      {
        file,
        line: 1,
        message: 'the site configuration is missing',
        fix: 'create it with at least title, tagline and description; see docs/editing.md, "The site".',
      },
    ]);
  }
}

const config = parseSiteConfig(readConfig(), file);

/** Interface text in the site's language: `t('search.label')`. */
export const t = uiText(config.language);

export const site = {
  ...config,
  /** The public address, with a trailing slash (`SITE_URL` overrides the file); undefined when none is known. */
  url: resolveSiteUrl(config.url, process.env.SITE_URL),
  navigation: {
    explainer: config.navigation.explainer ?? t('nav.explainer'),
    entities: config.navigation.entities ?? t('nav.entities'),
    timeline: config.navigation.timeline ?? t('nav.timeline'),
    documents: config.navigation.documents ?? t('nav.documents'),
  },
};

/** A calendar date written out in the site's language: `April 15, 2025`, `15 de abril de 2025`. */
export const formatDate = (isoDate: string) => formatLongDate(isoDate, config.language);

/** A month written out in the site's language: `April 2025`, `abril de 2025`. */
export const formatMonth = (isoMonth: string) => formatLongMonth(isoMonth, config.language);

import { ContentError, type ContentProblem } from '../content/content-problem';
import { readYamlSource } from '../content/yaml-source';
import { type SiteConfig, siteConfigSchema } from './site-schema';

const FIX =
  'content/site.yaml has title, tagline, description, lead (headline, text, cite, asOf), language (such as "en"), an optional url, publisher (name, corrections), license (name, url) and navigation labels; see docs/editing.md, "The site".';

/** The one place site-configuration errors are made, so they follow the content errors' type. */
export function siteConfigError(problems: ContentProblem[]): Error {
  return new ContentError(problems);
}

/** Parses `content/site.yaml`, naming the file and line of every mistake at once. */
export function parseSiteConfig(source: string, file: string): SiteConfig {
  const { doc, syntaxError, lineOf } = readYamlSource(source);
  if (syntaxError) {
    throw siteConfigError([
      {
        file,
        line: syntaxError.line,
        message: `the site configuration is not valid YAML (${syntaxError.code})`,
        fix: 'write one "key: value" per line; quote values that contain a colon.',
      },
    ]);
  }
  const result = siteConfigSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  throw siteConfigError(
    result.error.issues.map((issue) => {
      const unknown = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const path = [...issue.path, ...unknown.slice(0, 1)].map((p) =>
        typeof p === 'symbol' ? String(p) : p,
      );
      return {
        file,
        line: path.length ? lineOf(path) : 1,
        message: `site field "${path.join('.') || '(top level)'}": ${issue.message}`,
        fix: FIX,
      };
    }),
  );
}

/**
 * The address the site is published at: `SITE_URL` when set, else the configured `url`, else none.
 * Always ends in a slash, so page paths resolve under it.
 */
export function resolveSiteUrl(configured: string | undefined, env: string | undefined): URL | undefined {
  const raw = env?.trim() || configured;
  if (!raw) return undefined;
  const url = new URL(raw);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

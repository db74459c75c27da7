import type { SiteProse } from '../citations/check-prose';
import { lineAt } from '../content/content-problem';

/**
 * The site's name, tagline and description as prose to check, with the line
 * each is written on in `source` (the file that holds them). They also make
 * every share card, with the page titles the chapter checks already cover.
 * They cite nothing, so any quotation in them is refused.
 */
export function siteTextProse(
  texts: { name: string; tagline: string; description: string },
  source: string,
  file: string,
): SiteProse[] {
  return [texts.name, texts.tagline, texts.description].map((text) => {
    const at = source.indexOf(text.slice(0, 30));
    return { text, citations: [], file, line: at === -1 ? 1 : lineAt(source, at) };
  });
}

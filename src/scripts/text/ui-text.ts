import { type Translator, translator } from '../../i18n/translate';

declare global {
  /** Set by scripts/ui-text.js. */
  var explainerUiText: Record<string, string> | undefined;
}

/** The file of interface text, beside the script at `scriptSrc` (both live in `scripts/`). */
export const uiTextFile = (scriptSrc: string): string => new URL('ui-text.js', scriptSrc).href;

let cached: Translator | undefined;

/**
 * Interface text for client scripts: the page's `<script type="application/json" data-ui-text>`
 * (what the offline controls need at once) and scripts/ui-text.js (the rest), once loaded.
 */
export function ui(): Translator {
  if (cached) return cached;
  const strings: Record<string, string> = {};
  for (const el of document.querySelectorAll('script[data-ui-text]')) {
    Object.assign(strings, JSON.parse(el.textContent || '{}'));
  }
  Object.assign(strings, self.explainerUiText);
  const t = translator(strings, document.documentElement.lang || 'en');
  if (self.explainerUiText) cached = t;
  return t;
}

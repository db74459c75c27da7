import { type Translator, translator } from '../../i18n/translate';

let cached: Translator | undefined;

/** Interface text for client scripts, from the page's `<script type="application/json" data-ui-text>` elements. */
export function ui(): Translator {
  if (cached) return cached;
  const strings: Record<string, string> = {};
  for (const el of document.querySelectorAll('script[data-ui-text]')) {
    Object.assign(strings, JSON.parse(el.textContent || '{}'));
  }
  cached = translator(strings, document.documentElement.lang || 'en');
  return cached;
}

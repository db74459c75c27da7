import { en, type UiKey } from './en';
import { es } from './es';
import { type Translator, translator } from './translate';

/** One catalogue per language, by primary language subtag. English is complete; others fall back to it. */
export const catalogues: Record<string, Partial<Record<UiKey, string>>> = { en, es };

/** The catalogue for a BCP 47 tag (`es-MX` uses `es`), with English for every key it lacks. */
export function catalogueFor(language: string): Record<UiKey, string> {
  const primary = language.split('-')[0]?.toLowerCase() ?? 'en';
  return { ...en, ...catalogues[primary] };
}

export type UiText = Translator & ((key: UiKey, vars?: Record<string, string | number>) => string);

export function uiText(language: string): UiText {
  return translator(catalogueFor(language), language) as UiText;
}

/** The strings client scripts need, in `language`, to hand them in a JSON element. */
export function clientStrings(language: string, keys: readonly UiKey[]): Record<string, string> {
  const all = catalogueFor(language);
  return Object.fromEntries(keys.map((key) => [key, all[key]]));
}

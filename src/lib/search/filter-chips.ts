import type { Translator } from '../../i18n/translate';
import { isSearchablePageType, searchablePageTypes } from './page-types';

export interface Chip {
  value: string;
  label: string;
  count: number;
  pressed: boolean;
}

/**
 * The values of one filter worth offering: those with results for the current
 * words, and any already chosen (so it can be turned off), in `order`.
 */
export function chipsFor(
  counts: Record<string, number> | undefined,
  selected: readonly string[],
  label: (value: string) => string,
  order: (a: string, b: string) => number,
): Chip[] {
  const values = new Set([...Object.keys(counts ?? {}).filter((v) => (counts?.[v] ?? 0) > 0), ...selected]);
  return [...values].sort(order).map((value) => ({
    value,
    label: label(value),
    count: counts?.[value] ?? 0,
    pressed: selected.includes(value),
  }));
}

const typeRank = (value: string) => (searchablePageTypes as readonly string[]).indexOf(value);

/** Kinds, labelled in the plural ("People") by the interface text `t` (the build's or the page's). */
export function typeChips(
  counts: Record<string, number> | undefined,
  selected: readonly string[],
  t: Translator,
): Chip[] {
  return chipsFor(
    counts,
    selected,
    (v) => (isSearchablePageType(v) ? t(`kind.${v}.many`) : v),
    (a, b) => typeRank(a) - typeRank(b),
  ).filter((chip) => isSearchablePageType(chip.value));
}

export function yearChips(counts: Record<string, number> | undefined, selected: readonly string[]): Chip[] {
  return chipsFor(
    counts,
    selected,
    (v) => v,
    (a, b) => b.localeCompare(a),
  );
}

export function documentChoices(
  counts: Record<string, number> | undefined,
  selected: readonly string[],
): Chip[] {
  return chipsFor(
    counts,
    selected,
    (v) => v,
    (a, b) => a.localeCompare(b, 'en'),
  );
}

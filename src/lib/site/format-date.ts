const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * `2025-04-15` → `April 15, 2025` (or `15 de abril de 2025` in `es`). Dates are calendar days,
 * so UTC keeps them from shifting.
 */
export function formatLongDate(isoDate: string, locale = 'en'): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** `2025-04` → `April 2025` (or `abril de 2025` in `es`). */
export function formatLongMonth(isoMonth: string, locale = 'en'): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(`${isoMonth}-01T00:00:00Z`));
}

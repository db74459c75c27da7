const LONG = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'long',
  timeZone: 'UTC',
});

/** `2025-04-15` → `April 15, 2025`. Dates are calendar days, so UTC keeps them from shifting. */
export function formatLongDate(isoDate: string): string {
  return LONG.format(new Date(`${isoDate}T00:00:00Z`));
}

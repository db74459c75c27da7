import { describe, expect, it } from 'vitest';
import { formatLongDate, formatLongMonth } from '../../../src/lib/site/format-date';

describe('dates and months in the site language', () => {
  it('writes a day and a month the language’s way, whatever the time zone', () => {
    expect(formatLongDate('2025-04-01')).toBe('April 1, 2025');
    expect(formatLongMonth('2025-04')).toBe('April 2025');
    expect(formatLongMonth('2025-01', 'es')).toBe('enero de 2025');
  });
});

import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../../src/lib/timeline/resolve-dates';

// The first document's date: a Tuesday.
const DOC_DATE = '2025-04-15';
const only = (text: string, reference = DOC_DATE) => {
  const found = resolveDates(text, reference);
  expect(found, text).toHaveLength(1);
  const [mention] = found;
  return { text: mention?.text, precision: mention?.precision, start: mention?.start, end: mention?.end };
};

describe('resolveDates: the expressions news copy uses, against the document date', () => {
  it('"In February" is the month of February before the document', () => {
    expect(only('In February, the administration classified eight groups.')).toEqual({
      text: 'February',
      precision: 'month',
      start: '2025-02-01',
      end: '2025-02-28',
    });
  });

  it('"Last month" is the month before the document’s month', () => {
    expect(only('Last month, Mexico deployed 10,000 troops.')).toEqual({
      text: 'Last month',
      precision: 'month',
      start: '2025-03-01',
      end: '2025-03-31',
    });
  });

  it('"this week" is the document’s own week, Monday to Sunday', () => {
    expect(only('As early as this week, the agency is preparing to launch it.')).toEqual({
      text: 'this week',
      precision: 'week',
      start: '2025-04-14',
      end: '2025-04-20',
    });
  });

  it('"April 15, 2025" is that day', () => {
    expect(only('— Kristina Wong (@kristina_wong) April 15, 2025')).toEqual({
      text: 'April 15, 2025',
      precision: 'day',
      start: '2025-04-15',
      end: '2025-04-15',
    });
  });

  it('"next Monday" is the Monday after the document', () => {
    expect(only('The talks resume next Monday.')).toMatchObject({ precision: 'day', start: '2025-04-21' });
  });

  it('"two days ago" counts back from the document', () => {
    expect(only('The order was signed two days ago.')).toMatchObject({
      precision: 'day',
      start: '2025-04-13',
    });
  });

  it('"June 12, 2019" is absolute: the document date does not matter', () => {
    expect(only('The treaty was signed on June 12, 2019.')).toMatchObject({
      precision: 'day',
      start: '2019-06-12',
      end: '2019-06-12',
    });
    expect(only('The treaty was signed on June 12, 2019.', '2030-01-01').start).toBe('2019-06-12');
  });

  it('weeks, years and bare years get their own precision', () => {
    expect(only('It was reviewed last week.')).toMatchObject({
      precision: 'week',
      start: '2025-04-07',
      end: '2025-04-13',
    });
    expect(only('It opened earlier this year.')).toMatchObject({
      precision: 'year',
      start: '2025-01-01',
      end: '2025-12-31',
    });
    expect(only('It closed last year.')).toMatchObject({ precision: 'year', start: '2024-01-01' });
    expect(only('The unit was founded in 2019 by the ministry.')).toMatchObject({
      text: 'in 2019',
      precision: 'year',
      start: '2019-01-01',
      end: '2019-12-31',
    });
    expect(only('It was announced in March 2024.')).toMatchObject({
      precision: 'month',
      start: '2024-03-01',
    });
  });

  it('relative dates move with the reference date', () => {
    expect(only('Last month, it happened.', '2025-01-10')).toMatchObject({
      start: '2024-12-01',
      end: '2024-12-31',
    });
    // A week that straddles a year end still starts on its Monday.
    expect(only('It happens this week.', '2025-01-01')).toMatchObject({
      start: '2024-12-30',
      end: '2025-01-05',
    });
  });

  it('finds several expressions in one text, with their positions', () => {
    const text = 'Two days ago the unit said it would move next Monday.';
    const found = resolveDates(text, DOC_DATE);
    expect(found.map((m) => [m.text, m.start])).toEqual([
      ['Two days ago', '2025-04-13'],
      ['next Monday', '2025-04-21'],
    ]);
    expect(text.slice(found[1]!.index, found[1]!.index + found[1]!.text.length)).toBe('next Monday');
  });

  it('skips what is not a date: times of day, counts, plain numbers and the verb "may"', () => {
    for (const text of [
      'The meeting starts at 5pm.',
      'It has 25 years+ of expertise and 10,000 troops.',
      'The operations may remain covert.',
      '{1 + 1} and {expr}',
      'during the early months of the administration',
      'The gate stayed closed for a day.',
      'The unit trained for two weeks and served for 25 years.',
      'The order came a day later.',
      'The talks had stalled the day before.',
    ]) {
      expect(resolveDates(text, DOC_DATE), text).toEqual([]);
    }
  });

  it('gives the same answer in any time zone of the build machine', () => {
    // The vitest config pins TZ=UTC; the reference is built from calendar parts, not an instant.
    expect(process.env.TZ).toBe('UTC');
    expect(only('It happened yesterday.', '2025-03-30')).toMatchObject({ start: '2025-03-29' });
  });
});

describe('resolveDates: sentences', () => {
  it('never merges expressions across a sentence boundary, and gives each its sentence', () => {
    const text = 'It rained last month. This week it snowed.';
    const found = resolveDates(text, DOC_DATE);
    expect(found.map((m) => [m.text, m.precision, m.start, m.sentence])).toEqual([
      ['last month', 'month', '2025-03-01', 'It rained last month.'],
      ['This week', 'week', '2025-04-14', 'This week it snowed.'],
    ]);
    expect(text.slice(found[1]!.index, found[1]!.index + 9)).toBe('This week');
  });
});

describe('resolveDates: a bare weekday', () => {
  // 2024-03-02 is a Saturday: chrono alone would pick the coming Monday.
  it('looks back in a report of what happened', () => {
    expect(
      only('The port authority said on Monday that inspections would double.', '2024-03-02'),
    ).toMatchObject({
      text: 'on Monday',
      start: '2024-02-26',
    });
    expect(only('On Friday, the ministry published its figures.', '2024-03-02')).toMatchObject({
      start: '2024-03-01',
    });
  });

  it('looks ahead when the sentence speaks of the future', () => {
    expect(only('The committee will meet on Thursday.', '2024-03-02')).toMatchObject({ start: '2024-03-07' });
    expect(only('On Monday, inspectors will start at two crossings.', '2024-03-02')).toMatchObject({
      start: '2024-03-04',
    });
    expect(only('The ministry said on Tuesday that inspections will double.', '2024-03-02')).toMatchObject({
      start: '2024-02-27',
    });
  });

  it('leaves explicit weekdays to chrono', () => {
    expect(only('The committee met last Monday.', '2024-03-02')).toMatchObject({ start: '2024-02-26' });
    expect(only('The talks resume next Monday.', '2024-03-02')).toMatchObject({ start: '2024-03-04' });
  });
});

import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../../src/lib/timeline/resolve-dates';

const found = (text: string, reference = '2025-04-10', language?: string) =>
  resolveDates(text, reference, language).map((m) => [m.text, m.start, m.end, m.precision]);

describe('resolveDates on real news copy', () => {
  it('finds no date in "now", "today" or a name with "Today" in it', () => {
    expect(found('A former agent told USA Today that the plan was overdue.')).toEqual([]);
    expect(found("Today's briefing lasted two hours, and more steps are coming now.")).toEqual([]);
  });

  it('finds no date in a length of minutes or hours, in English or Spanish', () => {
    expect(found('Nobody should wait more than ten minutes, the official said.')).toEqual([]);
    expect(
      found('"Queremos que nadie espere más de diez minutos", dijo el concejal.', '2025-02-14', 'es'),
    ).toEqual([]);
    expect(found('Crews restored power within two hours on Monday.', '2025-02-14')).toEqual([
      ['on Monday', '2025-02-10', '2025-02-10', 'day'],
    ]);
  });

  it('skips a date cut short by an ellipsis', () => {
    expect(found('Related: Saturday, March 2...', '2025-03-03')).toEqual([]);
  });

  it('reads "as of", decades, year ranges and infobox years as years', () => {
    expect(found('As of 2023, researchers counted members in eight countries.')).toEqual([
      ['As of 2023', '2023-01-01', '2023-12-31', 'year'],
    ]);
    expect(found('In the late 1980s, the prison was known. It grew in the 2010s.')).toEqual([
      ['the late 1980s', '1985-01-01', '1989-12-31', 'year'],
      ['the 2010s', '2010-01-01', '2019-12-31', 'year'],
    ]);
    expect(found('Leaders were arrested between 2006–2019. It expanded in 2007-2018.')).toEqual([
      ['2006–2019', '2006-01-01', '2019-12-31', 'year'],
      ['2007-2018', '2007-01-01', '2018-12-31', 'year'],
    ]);
    expect(found('Sinaloa Cartel\nFounded1987\nFounding locationCuliacán')).toEqual([
      ['Founded1987', '1987-01-01', '1987-12-31', 'year'],
    ]);
  });

  it('reads "over the weekend" as that Saturday and Sunday', () => {
    expect(found('Troops arrived over the weekend, she said.', '2025-03-31')).toEqual([
      ['weekend', '2025-03-29', '2025-03-30', 'day'],
    ]);
  });

  it('reads Spanish dates when the document is in Spanish', () => {
    expect(
      found('La presidenta dijo el lunes que seguirá hasta el 30 de abril.', '2025-03-05', 'es'),
    ).toEqual([
      ['lunes', '2025-03-03', '2025-03-03', 'day'],
      ['30 de abril', '2025-04-30', '2025-04-30', 'day'],
    ]);
    expect(found('El año pasado creció durante la década de 2010.', '2025-03-20', 'es')).toEqual([
      ['El año pasado', '2024-01-01', '2024-12-31', 'year'],
      ['la década de 2010', '2010-01-01', '2019-12-31', 'year'],
    ]);
  });

  it('gives the whole sentence, not one cut at "U.S." or a line wrap, without reference markers', () => {
    const [monday] = resolveDates(
      'On Monday morning, U.S. officials briefed lawmakers. Then they left.',
      '2025-04-15',
    );
    expect(monday?.sentence).toBe('On Monday morning, U.S. officials briefed lawmakers.');
    const [wrapped] = resolveDates(
      'The agency said in January\n2025 that it would act.[4] Later.',
      '2025-04-15',
    );
    expect(wrapped).toMatchObject({ text: 'January\n2025', start: '2025-01-01', precision: 'month' });
    expect(wrapped?.sentence).toBe('The agency said in January 2025 that it would act.');
    expect(wrapped?.sentence.slice(wrapped.offsetInSentence, wrapped.offsetInSentence + 12)).toBe(
      'January 2025',
    );
  });
});

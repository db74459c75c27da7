/**
 * Looks up interface text in a flat catalogue. Pure and catalogue-free, so client scripts use it
 * with the strings the page hands them, and the build with the whole catalogue.
 */
export interface Translator {
  /** The text for `key`, with `{name}` replaced by `vars.name`; the key itself when it is missing. */
  (key: string, vars?: Record<string, string | number>): string;
  /** "1 passage", "3,408 passages": `count.NOUN.one`/`.other` chosen by the language's plural rules. */
  count: (n: number, noun: string) => string;
  /** A number written the language's way: 3,408 or 3408. */
  number: (n: number) => string;
}

export function translator(strings: Readonly<Record<string, string>>, locale: string): Translator {
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const number = (n: number) => numbers.format(n);
  const t = ((key, vars = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? number(value) : value;
    })) as Translator;
  t.number = number;
  t.count = (n, noun) => {
    const form = strings[`count.${noun}.${plurals.select(n)}`] ?? strings[`count.${noun}.other`];
    return form ? form.replace('{n}', number(n)) : `${number(n)} ${noun}`;
  };
  return t;
}

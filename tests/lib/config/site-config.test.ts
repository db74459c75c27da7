import { describe, expect, it } from 'vitest';
import { parseSiteConfig, resolveSiteUrl } from '../../../src/lib/config/parse-site-config';

const FILE = 'content/site.yaml';
const minimal =
  'title: The Harbour Explainer\ntagline: Built from its sources\ndescription: What the port plan says.\n';

function problems(source: string): string[] {
  try {
    parseSiteConfig(source, FILE);
  } catch (error) {
    return (error as { problems: { line: number; message: string }[] }).problems.map(
      (p) => `${p.line}: ${p.message}`,
    );
  }
  return [];
}

describe('content/site.yaml', () => {
  it('fills in the defaults: English, no address, navigation labels from the interface text', () => {
    const config = parseSiteConfig(minimal, FILE);
    expect(config).toMatchObject({ title: 'The Harbour Explainer', language: 'en', navigation: {} });
    expect(config.url).toBeUndefined();
  });

  it('reads every key', () => {
    const config = parseSiteConfig(
      `${minimal}language: es-MX\nurl: https://news.example/harbour/\npublisher:\n  name: The Harbour Courier\n  corrections: mailto:fixes@courier.example\nlicense:\n  name: CC BY 4.0\n  url: https://creativecommons.org/licenses/by/4.0/\nnavigation:\n  timeline: Fechas\n`,
      FILE,
    );
    expect(config.language).toBe('es-MX');
    expect(config.publisher?.corrections).toBe('mailto:fixes@courier.example');
    expect(config.navigation).toEqual({ timeline: 'Fechas' });
  });

  it('names the line of every mistake at once', () => {
    const found = problems(
      'title: The Harbour Explainer\ntagline: ""\ndescription: What the plan says.\nlanguage: english please\nurl: news.example\ncolour: blue\n',
    );
    expect(found).toHaveLength(4);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2: site field "tagline"/),
        expect.stringMatching(/^4: site field "language": is not a BCP 47/),
        expect.stringMatching(/^5: site field "url": must be a full address/),
        expect.stringMatching(/^6: site field "colour"/),
      ]),
    );
  });

  it('a missing title is an error on line 1, and broken YAML names its line', () => {
    expect(problems('tagline: x\ndescription: y\n')).toEqual([
      expect.stringMatching(/^1: site field "title"/),
    ]);
    expect(problems('title: x\ntagline: [unclosed\n')[0]).toMatch(/not valid YAML/);
  });

  it('a corrections contact must be an address a reader can use', () => {
    expect(problems(`${minimal}publisher:\n  name: Courier\n  corrections: the desk\n`)).toEqual([
      expect.stringMatching(/^6: site field "publisher.corrections"/),
    ]);
  });
});

describe('the site address', () => {
  it('SITE_URL overrides the file, and the address always ends in a slash', () => {
    expect(resolveSiteUrl('https://a.example/x', undefined)?.href).toBe('https://a.example/x/');
    expect(resolveSiteUrl('https://a.example/', 'https://b.example/y')?.href).toBe('https://b.example/y/');
    expect(resolveSiteUrl(undefined, '')).toBeUndefined();
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { parseSiteConfig } from '../../src/lib/config/parse-site-config';
import { checkCspMeta } from '../gates/checks/csp';
import { listPages } from '../gates/checks/site-pages';
import { type BuildResult, buildOrFail, projectRoot } from '../helpers/build-site';

// Another newsroom, another story, another language: the same src/, only content/ differs.
const content = join(projectRoot, 'tests/fixtures/second-site/content');
let build: BuildResult;
let config: ReturnType<typeof parseSiteConfig>;

beforeAll(async () => {
  const file = join(content, 'site.yaml');
  config = parseSiteConfig(await readFile(file, 'utf8'), file);
  build = await buildOrFail(content);
});

const page = async (path: string) => parseHTML(await readFile(join(build.outDir, path), 'utf8')).document;

/** What a reader sees of a page: its text and the labels, titles and hints screen readers and tooltips give. */
function readerText(document: Document): string {
  for (const el of document.querySelectorAll('style, script')) el.remove();
  // Element boundaries are word boundaries: a button's label must not run into the text before it.
  for (const el of document.querySelectorAll('body *')) el.append(' ');
  const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].map((el) =>
    ['aria-label', 'title', 'placeholder', 'alt'].map((name) => el.getAttribute(name) ?? '').join(' '),
  );
  // Addresses and file names are not words: `timeline.html` is no English leak.
  return `${document.documentElement.textContent} ${labels.join(' ')}`
    .replace(/https?:\/\/\S+|\S+\.(html|json|csv|zip)\b/g, ' ')
    .replace(/\s+/g, ' ');
}

// Every English phrase of the catalogue that Spanish words differently (placeholders split them).
const englishPhrases = [
  ...new Set(
    Object.entries(en)
      .filter(([key, text]) => es[key as keyof typeof en] !== text)
      .flatMap(([, text]) => text.split(/\{\w+\}/))
      .map((s) => s.trim())
      .filter((s) => /\p{L}{3}/u.test(s) && s.length >= 4),
  ),
];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a second site, in Spanish, from content/ alone', () => {
  it('every page carries its own name and lang="es"', async () => {
    const pages = await listPages(build.outDir);
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const document = await page(path);
      expect(document.documentElement.getAttribute('lang'), path).toBe('es');
      expect(document.title, path).toContain(config.title);
    }
    const home = await page('index.html');
    expect(home.querySelector('h1')?.textContent).toBe(config.title);
    expect(home.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('es_ES');
  });

  it('shows Spanish interface text and no English interface text anywhere', async () => {
    const home = await page('index.html');
    const nav = [...home.querySelectorAll('.site-nav a')].map((a) => a.textContent?.trim());
    // The configured label wins over the catalogue's; the others come from the Spanish catalogue.
    expect(nav).toEqual([
      es['nav.explainer'],
      config.navigation.entities,
      es['nav.timeline'],
      es['nav.documents'],
    ]);
    expect(home.querySelector('.skip-link')?.textContent).toBe(es['site.skipLink']);
    const leaks: string[] = [];
    for (const path of await listPages(build.outDir)) {
      const text = readerText(await page(path));
      for (const phrase of englishPhrases) {
        if (new RegExp(`(^|[^\\p{L}])${escapeRegExp(phrase)}($|[^\\p{L}])`, 'u').test(text))
          leaks.push(`${path}: ${phrase}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('has no words in its styles, where no catalogue could translate them', async () => {
    const worded: string[] = [];
    for (const path of await listPages(build.outDir)) {
      const html = await readFile(join(build.outDir, path), 'utf8');
      for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
        for (const [rule] of (css ?? '').matchAll(/content:\s*(["'])[^"']*\p{L}[^"']*\1/gu)) {
          worded.push(`${path}: ${rule}`);
        }
      }
    }
    expect([...new Set(worded)]).toEqual([]);
  });

  it('writes dates and counts the Spanish way', async () => {
    const document = await page('documents/subida-tarifa-agua.html');
    expect(document.querySelector('.meta-list time')?.textContent).toBe('12 de septiembre de 2025');
    expect(document.querySelector('header .note')?.textContent).toContain('5 pasajes');
  });

  it('hands client scripts their strings in Spanish, in a file of the site and as data the CSP need not allow', async () => {
    const document = await page('index.html');
    const data = document.querySelector('script[type="application/json"][data-ui-text]');
    expect(JSON.parse(data?.textContent ?? '{}')['offline.local']).toBe(es['offline.local']);
    const file = await readFile(join(build.outDir, 'scripts/ui-text.js'), 'utf8');
    const strings = JSON.parse(file.replace(/^self\.explainerUiText=/, '').replace(/;\s*$/, ''));
    expect(strings['copy.linkCopied']).toBe(es['copy.linkCopied']);
    expect(checkCspMeta(await readFile(join(build.outDir, 'index.html'), 'utf8'))).toEqual([]);
  });

  it('its footer names the publisher, the corrections contact and the licence, and the address is its own', async () => {
    const document = await page('explainer/la-subida.html');
    const footer = document.querySelector('.site-footer')?.textContent ?? '';
    expect(footer).toContain(config.publisher?.name);
    expect(document.querySelector(`.site-footer a[href="${config.publisher?.corrections}"]`)).not.toBeNull();
    expect(footer).toContain(config.license?.name);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${config.url}explainer/la-subida.html`,
    );
    await expect(readFile(join(build.outDir, 'la-tarifa-del-agua-offline.zip'))).resolves.toBeTruthy();
  });

  it('is indexed for search in Spanish', async () => {
    const entry = JSON.parse(await readFile(join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['es']);
  });
});

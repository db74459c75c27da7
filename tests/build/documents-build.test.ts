import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus';
import { type BuildResult, buildOrFail, fixtureContent } from '../helpers/build-site';

let build: BuildResult;
const read = (path: string) => readFile(join(build.outDir, path), 'utf8');
const page = async (path: string) => parseHTML(await read(path)).document;

beforeAll(async () => {
  build = await buildOrFail(fixtureContent);
});

interface PublicDocument {
  slug: string;
  title: string;
  date: string;
  publisher: string | null;
  sha256: string;
  url: string;
  passages: { id: string; kind: string; text: string; note: string | null; url: string }[];
}

describe('a fixture site build', () => {
  it('writes documents.json in the documented shape, newest first', async () => {
    const { documents } = JSON.parse(await read('data/documents.json')) as { documents: PublicDocument[] };
    expect(documents.map((d) => d.slug)).toEqual(['markup-lookalikes', 'port-inspections']);
    const port = documents[1]!;
    expect(Object.keys(port)).toEqual([
      'slug',
      'title',
      'date',
      'publisher',
      'author',
      'sourceUrl',
      'language',
      'sha256',
      'url',
      'passages',
      'titleIsDerived',
      'opening',
      'provenance',
    ]);
    expect(documents[0]).toMatchObject({
      title: 'Untitled article, May 6, 2024',
      titleIsDerived: true,
      provenance: null,
    });
    expect(port).toMatchObject({
      titleIsDerived: false,
      opening: expect.stringMatching(/^\S/),
      title: 'Port inspections to double, authority says',
      date: '2024-03-02',
      publisher: 'The Example Gazette',
      url: 'documents/port-inspections.html',
    });
    expect(port.passages.map((p) => p.kind)).toEqual(['paragraph', 'caption', 'quote', 'paragraph']);
    expect(port.passages[3]).toEqual({
      id: 'p-no-timetable-set',
      kind: 'paragraph',
      text: 'No timetable has been set.',
      note: null,
      url: 'documents/port-inspections.html#p-no-timetable-set',
    });
    expect(port.passages[1]?.note).toBe(
      'A photo caption in the original; the photo itself was not received. <b>not bold</b>',
    );
  });

  it('names an untitled document by what it is and its date, and shows its first words only as its opening', async () => {
    const doc = await page('documents/markup-lookalikes.html');
    expect(doc.querySelector('h1')?.textContent).toBe('Untitled article, May 6, 2024');
    expect(doc.querySelector('title')?.textContent).toMatch(/^Untitled article, May 6, 2024 · /);
    expect(doc.querySelector('.document-opening')?.textContent).toMatch(/^Opens: “.+”$/);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld).not.toHaveProperty('headline');
    const home = await page('index.html');
    expect([...home.querySelectorAll('.card-list a')].map((a) => a.textContent)).toContain(
      'Untitled article, May 6, 2024',
    );
  });

  it('ends the build with one warning per document naming what readers cannot check', () => {
    const warnings = build.output.split('\n').filter((l) => l.includes('readers cannot check'));
    expect(warnings).toHaveLength(2);
    expect(warnings.find((l) => l.includes('markup-lookalikes:'))).toMatch(
      /\[WARN\].*markup-lookalikes: readers cannot check its publisher, original URL, provenance/,
    );
    expect(warnings.find((l) => l.includes('port-inspections:'))).toMatch(
      /port-inspections: readers cannot check its provenance —/,
    );
  });

  it('shows an editors’ note under its passage, labelled as not part of the document, escaped', async () => {
    const doc = await page('documents/port-inspections.html');
    const note = doc.querySelector('#p-harbour-cranes-dawn .passage-note');
    expect(note?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Editors’ note, not part of the document: A photo caption in the original; the photo itself was not received. <b>not bold</b>',
    );
    expect(note?.querySelector('b')).toBeNull();
    expect(note?.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(doc.querySelector('#p-harbour-cranes-dawn .passage-text')?.textContent).toBe(
      'Harbour cranes at dawn',
    );
    expect(doc.querySelectorAll('.passage-note')).toHaveLength(1);
  });

  it('publishes the original file byte for byte, matching its SHA-256', async () => {
    const { createHash } = await import('node:crypto');
    const original = await readFile(join(fixtureContent, 'documents/markup-lookalikes.txt'));
    const published = await readFile(join(build.outDir, 'documents/markup-lookalikes.txt'));
    expect(published.equals(original)).toBe(true);
    const doc = await page('documents/markup-lookalikes.html');
    expect(doc.querySelector('.hash')?.textContent).toBe(createHash('sha256').update(original).digest('hex'));
  });

  it('shows every passage on the source page, in order, each linking to itself', async () => {
    const { documents } = JSON.parse(await read('data/documents.json')) as { documents: PublicDocument[] };
    for (const source of documents) {
      const doc = await page(source.url);
      const shown = [...doc.querySelectorAll('[data-passage-id]')];
      expect(shown.map((el) => el.id)).toEqual(source.passages.map((p) => p.id));
      shown.forEach((el, i) => {
        expect(el.querySelector('.passage-text')?.textContent).toBe(source.passages[i]?.text);
        expect(el.querySelector('a.passage-link')?.getAttribute('href')).toBe(`#${el.id}`);
      });
    }
  });

  it('keeps an alias id as an anchor on the corrected passage', async () => {
    const doc = await page('documents/port-inspections.html');
    expect(doc.getElementById('p-no-timetable-yet')?.closest('[data-passage-id]')?.id).toBe(
      'p-no-timetable-set',
    );
  });

  it('escapes text that looks like markup: no raw tag from a document reaches the page', async () => {
    const html = await read('documents/markup-lookalikes.html');
    const doc = parseHTML(html).document;
    // Inside element content every angle bracket from the document is escaped…
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>');
    // …and the parsed page holds none of the document's elements or handlers.
    const scripts = [...doc.querySelectorAll('script')];
    const code = scripts.filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(code.filter((s) => s.textContent?.includes('alert'))).toEqual([]);
    // Structured data may carry the title, but never a raw `<` that could close its element.
    for (const data of scripts.filter((s) => s.getAttribute('type') === 'application/ld+json')) {
      expect(data.textContent).not.toContain('<');
    }
    expect(doc.querySelectorAll('img, component, [onerror]').length).toBe(0);
    const texts = [...(await page('documents/markup-lookalikes.html')).querySelectorAll('.passage-text')].map(
      (el) => el.textContent,
    );
    expect(texts).toEqual([
      '<script>alert("x")</script>',
      '<img src=x onerror=alert(1)>',
      '{1 + 1} and {expr}',
      'import x from "y"',
      'export const a = 1;',
      '<Component />',
      '# heading',
      '*stars* and `ticks`',
      'مرحبا بالعالم، هذا نص عربي.',
      'zero\u200Bwidth and 🇲🇽 flag.',
    ]);
  });

  it('links between pages with relative URLs that stay inside the site', async () => {
    const doc = await page('documents/port-inspections.html');
    const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs).toContain('../index.html');
    for (const href of hrefs) expect(href).not.toMatch(/^\/(?!\/)/);
  });
});

describe('a corpus longer than the home page lists', () => {
  it('shows the ten newest sources on the home page and links to all of them', async () => {
    const content = await mkdtemp(join(tmpdir(), 'explainer-many-sources-'));
    await cp(fixtureContent, content, { recursive: true });
    await generateCorpus(join(content, 'documents'), 11);
    const many = await buildOrFail(content);
    const home = parseHTML(await readFile(join(many.outDir, 'index.html'), 'utf8')).document;
    const section = home.querySelector('section[aria-labelledby="sources"]');
    const listed = [...(section?.querySelectorAll('.card-list h3 a') ?? [])].map((a) =>
      a.getAttribute('href'),
    );
    const { documents } = JSON.parse(await readFile(join(many.outDir, 'data/documents.json'), 'utf8')) as {
      documents: { url: string }[];
    };
    expect(documents).toHaveLength(13);
    expect(listed).toEqual(documents.slice(0, 10).map((d) => d.url));
    expect(section?.querySelector('p.note')?.textContent).toBe('The 10 newest of 13.');
    const all = section?.querySelector('a[href="documents.html"]');
    expect(all?.textContent).toBe('All 13 sources');
    const index = parseHTML(await readFile(join(many.outDir, 'documents.html'), 'utf8')).document;
    expect(index.querySelectorAll('main a[href^="documents/"]').length).toBeGreaterThanOrEqual(13);
  });

  it('lists every source on the home page when there are ten or fewer', async () => {
    const section = (await page('index.html')).querySelector('section[aria-labelledby="sources"]');
    expect(section?.querySelectorAll('.card-list h3 a')).toHaveLength(2);
    expect(section?.querySelector('a[href="documents.html"]')).toBeNull();
  });
});

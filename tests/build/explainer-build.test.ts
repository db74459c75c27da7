import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildOrFail, fixtureContent } from '../helpers/build-site';
import { builtPage, readBuilt as read, textOf as text } from '../helpers/built-page';

let build: BuildResult;
const page = (path: string, dir = build.outDir) => builtPage(dir, path);

beforeAll(async () => {
  build = await buildOrFail(fixtureContent);
});

describe('the explainer data', () => {
  it('explainer.json lists the chapters in reading order, in the documented shape', async () => {
    const { chapters } = JSON.parse(await read(build.outDir, 'data/explainer.json'));
    expect(chapters).toEqual([
      {
        slug: 'port-overview',
        title: 'Port inspections',
        summary: 'What the port authority said about doubling inspections.',
        updated: '2024-03-04',
        url: 'explainer/port-overview.html',
      },
      {
        slug: 'about',
        title: 'About this explainer',
        summary: 'How this test explainer was made.',
        updated: '2024-03-04',
        url: 'explainer/about.html',
      },
    ]);
  });
});

describe('a chapter page', () => {
  it('has a table of contents, and every heading is followed by its own self-link with a hidden label', async () => {
    const doc = await page('explainer/port-overview.html');
    const toc = [...doc.querySelectorAll('.toc a')].map((a) => a.getAttribute('href'));
    expect(toc).toEqual([
      '#key-points',
      '#what-was-announced',
      '#what-is-open',
      '#sources-cited',
      '#corrections',
    ]);
    for (const href of toc) expect(doc.getElementById(href?.slice(1) ?? '')?.tagName).toMatch(/^H[23]$/);
    for (const heading of doc.querySelectorAll('main h2, main h3')) {
      const link = heading.nextElementSibling;
      expect(link?.matches(`a[data-self-link][href="#${heading.id}"]`), heading.id).toBe(true);
      expect(link?.querySelector('.visually-hidden[data-pagefind-ignore]')?.textContent).toBe(
        `Section titled “${text(heading)}”`,
      );
    }
  });

  it('numbers citations by first appearance, links each to its passage and holds its text for the preview', async () => {
    const doc = await page('explainer/port-overview.html');
    const cites = [...doc.querySelectorAll('sup.cite a')].map((a) => [
      text(a.querySelector('[aria-hidden]')),
      a.getAttribute('href'),
      a.getAttribute('data-citation-preview'),
    ]);
    expect(cites).toEqual([
      ['[1]', '../documents/port-inspections.html#p-port-authority-said-monday', 'source-1'],
      ['[2]', '../documents/port-inspections.html#p-no-timetable-set', 'source-2'],
      ['[1]', '../documents/port-inspections.html#p-port-authority-said-monday', 'source-1'],
      ['[3]', '../documents/port-inspections.html#p-not-rushed-director-told', 'source-3'],
      ['[2]', '../documents/port-inspections.html#p-no-timetable-set', 'source-2'],
    ]);
    expect(text(doc.querySelector('#source-3 .citation-text'))).toBe(
      '“We will not be rushed,” the director told the Gazette.',
    );
    expect(doc.getElementById('source-3')?.getAttribute('data-citation-source')).toBe(
      'Passage 3 of “Port inspections to double, authority says”, March 2, 2024. Not recorded whether original or a rewrite.',
    );
    // None of these passages has an editors' note.
    expect(doc.querySelector('.citation-note')).toBeNull();
  });

  it('shows an editors’ note under the cited passage it qualifies, escaped', async () => {
    const doc = await page('explainer/about.html');
    const cited = doc.getElementById('source-2');
    expect(text(cited?.querySelector('.citation-text'))).toBe('Harbour cranes at dawn');
    expect(text(cited?.querySelector('.citation-note'))).toBe(
      'Editors’ note, not part of the document: A photo caption in the original; the photo itself was not received. <b>not bold</b>',
    );
    expect(cited?.querySelector('.citation-note b')).toBeNull();
    // Folded, the entry says it holds a note; an entry without one says nothing.
    expect(text(cited?.querySelector('summary .citation-has-note'))).toBe('· with an editors’ note');
    expect(doc.querySelector('#source-1 summary .citation-has-note')).toBeNull();
  });

  it('shows a pull-quote in the source’s own characters, with who said it and to whom', async () => {
    const doc = await page('explainer/port-overview.html');
    const quote = doc.querySelector('figure.pull-quote');
    expect(text(quote?.querySelector('blockquote'))).toBe('We will not be rushed');
    expect(text(quote?.querySelector('figcaption'))).toMatch(/^— the director, speaking to Gazette \[3\]/);
    expect(quote?.querySelector('figcaption a[href="../entities/director.html"]')).not.toBeNull();
  });

  it('marks background, links entities, and shows reading time, last update, corrections and the next chapter', async () => {
    const doc = await page('explainer/port-overview.html');
    expect(text(doc.querySelector('.background .background-label'))).toMatch(/^Background/);
    expect(doc.querySelector('.prose a.entity-link[href="../entities/port-authority.html"]')).not.toBeNull();
    expect(text(doc.querySelector('.chapter-meta'))).toMatch(
      /^1 min read · Last updated March 4, 2024 · 1 correction$/,
    );
    expect(text(doc.querySelector('#corrections + a + ul, .corrections ul'))).toBe(
      'March 4, 2024: An earlier version said a timetable had been set; the article says none has.',
    );
    expect(doc.querySelector('.pager a[rel="next"]')?.getAttribute('href')).toBe('about.html');
    expect(doc.querySelector('.pager a[rel="prev"]')).toBeNull();
    expect(
      (await page('explainer/about.html')).querySelector('.pager a[rel="prev"]')?.getAttribute('href'),
    ).toBe('port-overview.html');
  });

  it('lists the documents the chapters cite with their hashes, and counts the others instead of listing them', async () => {
    const doc = await page('explainer/about.html');
    const listed = [...doc.querySelectorAll('.source-documents li')];
    // port-inspections is cited; markup-lookalikes is in the fixture but no chapter cites it.
    expect(listed.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual([
      '../documents/port-inspections.html',
    ]);
    expect(text(listed[0]?.querySelector('.hash'))).toMatch(/^[0-9a-f]{64}$/);
    expect(text(doc.querySelector('.source-documents-others'))).toBe(
      'The site also holds 1 document that no chapter cites. Sources lists every document; each one’s SHA-256 is on its own page.',
    );
    expect(doc.querySelector('.source-documents-others a')?.getAttribute('href')).toBe('../documents.html');
  });
});

describe('the home page', () => {
  it('without a lead, opens with the site’s description, and leaves the key points to their chapter', async () => {
    const doc = await page('index.html');
    expect(text(doc.querySelector('main h1 + p'))).toMatch(/^A small explainer on a port authority.s plan/);
    // The key points are the first chapter's: shown there, linked from here, never twice.
    expect(doc.querySelector('.key-points')).toBeNull();
    expect(doc.querySelector('.read-on a')?.getAttribute('href')).toBe('explainer/port-overview.html');
    const hrefs = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'explainer/port-overview.html',
        'explainer/about.html',
        'entities.html',
        'documents/port-inspections.html',
      ]),
    );
    expect([...doc.querySelectorAll('.site-nav a')].map(text)).toEqual(
      expect.arrayContaining(['Explainer', 'Who’s who']),
    );
  });
});

import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildOrFail, buildSite, fixtureContent } from '../helpers/build-site';

let build: BuildResult;
const read = (dir: string, path: string) => readFile(join(dir, path), 'utf8');
const page = async (path: string, dir = build.outDir) => parseHTML(await read(dir, path)).document;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

interface PublicEntity {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string;
  url: string;
  mentions: { document: string; passage: string; url: string }[];
}

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

  it('entities.json has every entity with the passages that mention it, found from names and aliases', async () => {
    const { entities } = JSON.parse(await read(build.outDir, 'data/entities.json')) as {
      entities: PublicEntity[];
    };
    expect(entities.map((e) => e.id)).toEqual(['gazette', 'inspections', 'port-authority', 'director']);
    expect(Object.keys(entities[0] ?? {})).toEqual([
      'id',
      'kind',
      'name',
      'aliases',
      'description',
      'url',
      'mentions',
    ]);
    const byId = new Map(entities.map((e) => [e.id, e]));
    expect(byId.get('port-authority')).toMatchObject({
      kind: 'organisation',
      aliases: ['the authority'],
      url: 'entities/port-authority.html',
      mentions: [
        {
          document: 'port-inspections',
          passage: 'p-port-authority-said-monday',
          url: 'documents/port-inspections.html#p-port-authority-said-monday',
        },
      ],
    });
    expect(byId.get('gazette')?.mentions.map((m) => m.passage)).toEqual(['p-not-rushed-director-told']);
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
      'Passage 3 of “Port inspections to double, authority says”, March 2, 2024',
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

describe('entity pages and the who’s who', () => {
  it('an entity page lists every passage that mentions it, linking to it, and cites its description', async () => {
    const doc = await page('entities/gazette.html');
    expect(text(doc.querySelector('h1'))).toBe('Gazette');
    const mention = doc.querySelector('.mention-list li');
    expect(mention?.querySelector('a')?.getAttribute('href')).toBe(
      '../documents/port-inspections.html#p-not-rushed-director-told',
    );
    expect(text(mention?.querySelector('mark'))).toBe('Gazette');
    expect(doc.querySelector('.entity-description sup.cite a')).not.toBeNull();
    expect(
      [...doc.querySelectorAll('#in-the-explainer ~ ul a, section ul a')].map((a) => a.getAttribute('href')),
    ).toContain('../explainer/about.html');
  });

  it('the index groups entities by kind, people first', async () => {
    const doc = await page('entities.html');
    expect([...doc.querySelectorAll('main h2')].map(text)).toEqual([
      'People',
      'Organisations',
      'Terms',
      'Sources cited',
    ]);
    expect(doc.querySelector('a[href="entities/port-authority.html"]')).not.toBeNull();
  });
});

describe('source pages and the home page', () => {
  it('link each mention in a passage to its entity, keeping the text exactly', async () => {
    const doc = await page('documents/port-inspections.html');
    const first = doc.getElementById('p-port-authority-said-monday');
    expect(
      [...(first?.querySelectorAll('a.mention') ?? [])].map((a) => [text(a), a.getAttribute('href')]),
    ).toEqual([
      ['port authority', '../entities/port-authority.html'],
      ['inspections', '../entities/inspections.html'],
    ]);
    expect(first?.querySelector('.passage-text')?.textContent).toBe(
      'The port authority said on Monday that inspections would double.',
    );
  });

  it('the home page leads with the key points and links into chapters, entities and sources', async () => {
    const doc = await page('index.html');
    const points = [...doc.querySelectorAll('.key-points li')].map((li) => {
      for (const sup of li.querySelectorAll('sup.cite')) sup.remove();
      return text(li);
    });
    expect(points).toEqual([
      'The port authority said inspections “would double”.',
      'No timetable has been set.',
    ]);
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

describe('a new document', () => {
  it('has its mentions found and linked without touching any entity file', async () => {
    const content = await mkdtemp(join(tmpdir(), 'explainer-mentions-'));
    await cp(fixtureContent, content, { recursive: true });
    await writeFile(
      join(content, 'documents/harbour-report.txt'),
      'date 2024-04-01\nThe Gazette reported that the authority hired staff.\n\nAn idea about gazettes and a Port Authority.\n',
    );
    const result = await buildSite(content);
    expect(result.ok, result.output).toBe(true);
    const { entities } = JSON.parse(await read(result.outDir, 'data/entities.json')) as {
      entities: PublicEntity[];
    };
    const mentions = (id: string) =>
      entities.find((e) => e.id === id)?.mentions.map((m) => `${m.document}#${m.passage}`);
    expect(mentions('gazette')).toEqual([
      'harbour-report#p-gazette-reported-authority-hired',
      'port-inspections#p-not-rushed-director-told',
    ]);
    expect(mentions('port-authority')).toEqual([
      'harbour-report#p-gazette-reported-authority-hired',
      'port-inspections#p-port-authority-said-monday',
    ]);
    const doc = await page('documents/harbour-report.html', result.outDir);
    expect([...doc.querySelectorAll('a.mention')].map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Gazette', '../entities/gazette.html'],
      ['the authority', '../entities/port-authority.html'],
    ]);
  });
});

describe('an entity named in many documents', () => {
  it('shows the ten newest with their passages and the rest a line each, losing no mention or anchor', async () => {
    const content = await mkdtemp(join(tmpdir(), 'explainer-many-mentions-'));
    await cp(fixtureContent, content, { recursive: true });
    for (let day = 1; day <= 14; day++) {
      const dd = String(day).padStart(2, '0');
      const second = day % 3 === 0 ? `\n\nLater, the authority said report ${day} was final.` : '';
      await writeFile(
        join(content, `documents/report-${dd}.txt`),
        `date 2024-05-${dd}\nThe port authority published report ${day}.${second}\n`,
      );
    }
    const result = await buildOrFail(content);
    const doc = await page('entities/port-authority.html', result.outDir);
    // Newest first: May 14 back to May 5 in full, then May 4 to 1 and the March article.
    expect([...doc.querySelectorAll('.mention-group .anchor-heading > h3')].map((h) => h.id)).toEqual(
      [14, 13, 12, 11, 10, 9, 8, 7, 6, 5].map((d) => `in-report-${String(d).padStart(2, '0')}`),
    );
    const brief = [...doc.querySelectorAll('.mention-brief li')];
    expect(brief.map((li) => li.id)).toEqual([
      'in-report-04',
      'in-report-03',
      'in-report-02',
      'in-report-01',
      'in-port-inspections',
    ]);
    expect(text(doc.querySelector('#in-older-documents'))).toBe('5 older documents');
    expect(text(brief[1])).toBe('The port authority published report 3. May 3, 2024 · ¶1 ¶2');
    const { entities } = JSON.parse(await read(result.outDir, 'data/entities.json')) as {
      entities: PublicEntity[];
    };
    const expected = entities
      .find((e) => e.id === 'port-authority')
      ?.mentions.map((m) => `../documents/${m.document}.html#${m.passage}`)
      .sort();
    const linked = [...doc.querySelectorAll('.mention-passage, .mention-brief .note a')]
      .map((a) => a.getAttribute('href') ?? '')
      .sort();
    expect(linked).toEqual(expected);
    expect(expected?.length).toBe(19);
  });
});

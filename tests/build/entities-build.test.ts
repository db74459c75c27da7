import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildOrFail, buildSite, fixtureContent } from '../helpers/build-site';
import { builtPage, readBuilt as read, textOf as text } from '../helpers/built-page';

let build: BuildResult;
const page = (path: string, dir = build.outDir) => builtPage(dir, path);

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

describe('entities.json', () => {
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

describe('source pages', () => {
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
    // An untitled document's name already carries its date.
    expect(text(brief[1])).toBe('Untitled article, May 3, 2024 ¶1 ¶2');
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

import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/integrations/built-files';
import { buildSite, projectRoot } from '../helpers/build-site';

const fixture = join(projectRoot, 'tests/fixtures/site/content');

interface Anchor {
  page: string;
  id: string;
  /** The text of what the link lands on. */
  text: string;
}

// Passage numbers (¶3) are positions, not anchors: they change when a passage is added, by design.
const normalise = (s: string | null | undefined) =>
  (s ?? '').replace(/¶\d+/g, '¶').replace(/\s+/g, ' ').trim();

/**
 * What `page#id` lands on: the element itself, or for an alias anchor the
 * passage or heading it sits in. Its text leaves out the self-link (¶ numbers
 * change when passages are added, and that is fine).
 */
function landing(document: Document, id: string): string | undefined {
  let el = document.getElementById(id);
  if (el?.classList.contains('alias-anchor')) el = el.parentElement?.closest('[id]') ?? null;
  if (!el) return undefined;
  const copy = el.cloneNode(true) as Element;
  for (const drop of copy.querySelectorAll('a[data-self-link], .alias-anchor')) drop.remove();
  return normalise(copy.textContent);
}

/** Every anchor a reader can link to: headings, passages, anything with its own self-link, aliases. */
async function recordAnchors(dir: string): Promise<Anchor[]> {
  const anchors: Anchor[] = [];
  for (const page of (await builtFiles(dir)).filter((f) => f.endsWith('.html'))) {
    const { document } = parseHTML(await readFile(join(dir, page), 'utf8'));
    const ids = new Set<string>();
    for (const el of document.querySelectorAll('main [id]')) {
      const linkable =
        /^H[1-6]$/.test(el.tagName) ||
        el.classList.contains('alias-anchor') ||
        el.querySelector(`a[data-self-link][href="#${el.id}"]`) !== null;
      if (linkable) ids.add(el.id);
    }
    for (const id of ids) anchors.push({ page, id, text: landing(document, id) ?? '' });
  }
  return anchors;
}

async function resolveAll(dir: string, anchors: Anchor[]): Promise<Anchor[]> {
  const out: Anchor[] = [];
  for (const a of anchors) {
    const { document } = parseHTML(await readFile(join(dir, a.page), 'utf8').catch(() => ''));
    out.push({ ...a, text: landing(document, a.id) ?? '(no such anchor)' });
  }
  return out;
}

const PORT = 'documents/port-inspections.html';
const CHAPTER = 'explainer/port-overview.html';

describe('anchor stability: recorded links keep landing on the same text when content around them changes', () => {
  it('insert a passage before, edit a neighbour’s end, reword a passage and rename a heading, both with aliases', async () => {
    const before = await buildSite(fixture);
    expect(before.ok, before.output).toBe(true);
    const recorded = await recordAnchors(before.outDir);
    expect(recorded.filter((a) => a.page === CHAPTER).map((a) => a.id)).toContain('what-was-announced');
    const ids = recorded.filter((a) => a.page === PORT).map((a) => a.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'document-title',
        'p-no-timetable-set',
        'p-no-timetable-yet',
        'p-harbour-cranes-dawn',
      ]),
    );

    const content = await mkdtemp(join(tmpdir(), 'explainer-anchors-'));
    await cp(fixture, content, { recursive: true });
    const doc = join(content, 'documents/port-inspections.txt');
    const text = await readFile(doc, 'utf8');
    await writeFile(
      doc,
      text
        .replace('\nThe port authority', '\nA paragraph that was not there before.\n\nThe port authority')
        .replace('told the Gazette.', 'told the Gazette on Tuesday.')
        .replace('No timetable has been set.', 'No firm timetable has been set yet.'),
    );
    // A renamed heading keeps its old id as an alias, written inside the heading.
    const chapter = join(content, 'explainer/port-overview.mdx');
    await writeFile(
      chapter,
      (await readFile(chapter, 'utf8')).replace(
        '## What was announced',
        '## What the authority announced <AliasAnchors ids="what-was-announced" />',
      ),
    );
    const sidecar = join(content, 'documents/port-inspections.meta.yaml');
    await writeFile(
      sidecar,
      (await readFile(sidecar, 'utf8')).replace(
        'p-no-timetable-yet: p-no-timetable-set',
        'p-no-timetable-yet: p-no-firm-timetable-set\n  p-no-timetable-set: p-no-firm-timetable-set',
      ),
    );
    const after = await buildSite(content);
    expect(after.ok, after.output).toBe(true);

    // What was deliberately edited lands on its new text; every other anchor on exactly the old text.
    const edited: Record<string, string> = {
      'what-was-announced': 'What the authority announced',
      'p-not-rushed-director-told': 'the director told the Gazette on Tuesday.',
      'p-no-timetable-set': 'No firm timetable has been set yet.',
      'p-no-timetable-yet': 'No firm timetable has been set yet.',
    };
    const expected = recorded.map((a) =>
      (a.page === PORT || a.page === CHAPTER) && edited[a.id]
        ? { ...a, text: expect.stringContaining(edited[a.id]!) }
        : a,
    );
    expect(await resolveAll(after.outDir, recorded)).toEqual(expected);
  });

  it('the check catches an anchor that moved to other text', async () => {
    const before = await buildSite(fixture);
    expect(before.ok, before.output).toBe(true);
    const recorded = await recordAnchors(before.outDir);
    const page = join(before.outDir, PORT);
    // Swap two passage ids, as positional ids ("p-1", "p-2") would after an insertion.
    const html = (await readFile(page, 'utf8'))
      .replaceAll('p-harbour-cranes-dawn', 'SWAP')
      .replaceAll('p-no-timetable-set', 'p-harbour-cranes-dawn')
      .replaceAll('SWAP', 'p-no-timetable-set');
    await writeFile(page, html);
    const moved = (await resolveAll(before.outDir, recorded)).filter((a, i) => a.text !== recorded[i]?.text);
    // The alias still sits inside the passage it names, so only the two swapped ids move.
    expect(moved.map((a) => a.id).sort()).toEqual(['p-harbour-cranes-dawn', 'p-no-timetable-set']);
  });
});

import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ContentProblem, formatProblem } from '../../../src/lib/content/content-problem';
import { recordedProblems } from '../../../src/lib/content/problem-registry';
import { documentsLoader } from '../../../src/lib/documents/loader';
import { fakeContext } from '../../helpers/loader-context';

const ARTICLE = 'date 2025-04-15\nPORT CITY (Example Wire) - The port said on Monday it would reopen.\n';

/** Loads a documents folder holding the given files (a name ending in "/" is a folder). */
async function load(files: Record<string, string>) {
  const root = await mkdtemp(join(tmpdir(), 'stray-files-'));
  const dir = join(root, 'docs');
  await mkdir(dir);
  for (const [name, text] of Object.entries(files)) {
    if (name.endsWith('/')) await mkdir(join(dir, name), { recursive: true });
    else await writeFile(join(dir, name), text);
  }
  const { context, entries } = fakeContext(root);
  await documentsLoader({ base: 'docs' }).load(context);
  const problems = recordedProblems().filter((p) => p.file.startsWith('docs/'));
  return { ids: [...entries.keys()].sort(), problems };
}

const line = (p: ContentProblem) => formatProblem(p).split('\n')[0];

describe('names in the documents folder that would be ignored or unreadable', () => {
  let result: Awaited<ReturnType<typeof load>>;
  beforeAll(async () => {
    result = await load({
      'good.txt': ARTICLE,
      '..txt': ARTICLE,
      '.txt': ARTICLE,
      '🌊🚢.txt': ARTICLE,
      'x.txt/': '',
      'drafts/': '',
      'orphan.meta.yaml': 'title: A sidecar alone\n',
      'good.meta.yml': 'title: Wrong extension\n',
      'Good.meta.yaml': 'title: Wrong case\n',
      'notes.md': 'editor notes',
      '.DS_Store': 'x',
    });
  });

  it('stores only the good document', () => {
    expect(result.ids).toEqual(['good']);
  });

  it('names each stray file, as an error or a warning, with a fix', () => {
    const lines = result.problems.map(line).sort();
    expect(lines).toEqual(
      [
        'docs/..txt:1: the file name "..txt" has no letters or digits to make the document\'s address from',
        'docs/.txt:1: the file name ".txt" has no letters or digits to make the document\'s address from',
        'docs/🌊🚢.txt:1: the file name "🌊🚢.txt" has no letters or digits to make the document\'s address from',
        'docs/x.txt:1: this is a folder, not a document file',
        'docs/drafts:1: warning: documents in sub-folders are not read',
        'docs/orphan.meta.yaml:1: this sidecar has no document (orphan.txt is not in the folder)',
        'docs/good.meta.yml:1: a sidecar must end in ".meta.yaml"; this one is not read',
        "docs/Good.meta.yaml:1: this sidecar's name differs in case from its document, good.txt; it is not read",
        'docs/notes.md:1: warning: this file is neither a document (.txt) nor a sidecar (.meta.yaml), and is not read',
      ].sort(),
    );
    for (const p of result.problems) expect(p.fix.length).toBeGreaterThan(15);
  });

  it('hidden files such as .DS_Store are not reported', () => {
    expect(result.problems.filter((p) => p.file.includes('DS_Store'))).toEqual([]);
  });
});

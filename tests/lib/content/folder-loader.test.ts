import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { contentError } from '../../../src/lib/content/content-problem';
import { type FolderCollection, loadFolder } from '../../../src/lib/content/folder-loader';
import { recordedProblems } from '../../../src/lib/content/problem-registry';
import { fakeContext } from '../../helpers/loader-context';

let reads = 0;
/** Notes: `ID: text` per file; a file that says "bad" is a mistake at its line 2. */
const notes = (collection: string, extra: Partial<FolderCollection> = {}): FolderCollection => ({
  collection,
  base: 'notes',
  schema: z.looseObject({}),
  entry: /\.txt$/,
  read: ({ file, bytes }) => {
    const text = new TextDecoder().decode(bytes);
    if (text.includes('bad')) throw contentError(file, 2, 'a bad note', 'write a good one.');
    reads++;
    return { id: text.split(':')[0] ?? '', data: { text, read: reads } };
  },
  ...extra,
});

async function folder(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'folder-loader-'));
  await mkdir(join(root, 'notes'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, 'notes', name), text);
  return root;
}

describe('one folder loader for every collection', () => {
  it('a missing folder is one clear problem when required, and no entries otherwise', async () => {
    const root = await mkdtemp(join(tmpdir(), 'folder-loader-'));
    const optional = fakeContext(root);
    await loadFolder(notes('optional-notes'), optional.context);
    expect(optional.entries.size).toBe(0);
    expect(recordedProblems().filter((p) => p.message.includes('missing'))).toEqual([]);

    await loadFolder(notes('required-notes', { required: true }), fakeContext(root).context);
    const missing = recordedProblems().filter((p) => p.message.includes('missing'));
    expect(missing).toHaveLength(1);
    expect(missing[0]?.message).toBe('the folder notes is missing');
    expect(missing[0]?.fix).toMatch(/create it/);
  });

  it('two files with the same id: a problem naming both files', async () => {
    const root = await folder({ 'a.txt': 'same: one', 'b.txt': 'same: two', 'c.txt': 'other: three' });
    const { context, entries } = fakeContext(root);
    await loadFolder(notes('dup-notes'), context);
    const dup = recordedProblems().filter((p) => p.message.includes('"same"'));
    expect(dup.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'notes/b.txt: the id "same" is already that of notes/a.txt',
    ]);
    expect([...entries.keys()].sort()).toEqual(['other', 'same']);
  });

  it('every file with a problem is reported, not just the first, and the good ones are stored', async () => {
    const root = await folder({ 'a.txt': 'bad', 'b.txt': 'fine: yes', 'c.txt': 'bad too' });
    const { context, entries } = fakeContext(root);
    await loadFolder(notes('several-notes'), context);
    const bad = recordedProblems().filter((p) => p.message === 'a bad note');
    expect(bad.map((p) => `${p.file}:${p.line}`)).toEqual(['notes/a.txt:2', 'notes/c.txt:2']);
    expect([...entries.keys()]).toEqual(['fine']);
  });

  it('unchanged files keep their entry, changed ones are read again, removed ones are deleted', async () => {
    const root = await folder({ 'a.txt': 'a: one', 'b.txt': 'b: two', 'c.txt': 'c: three' });
    const { context, entries } = fakeContext(root);
    await loadFolder(notes('store-notes'), context);
    const before = Object.fromEntries([...entries].map(([id, e]) => [id, e.data.read]));
    await writeFile(join(root, 'notes', 'b.txt'), 'b: two, edited');
    await rm(join(root, 'notes', 'c.txt'));
    await loadFolder(notes('store-notes'), context);
    expect([...entries.keys()].sort()).toEqual(['a', 'b']);
    expect(entries.get('a')?.data.read).toBe(before.a);
    expect(entries.get('b')?.data.read).not.toBe(before.b);
    expect(entries.get('b')?.data.text).toBe('b: two, edited');
  });

  it('a changed reader (its code or the site settings) reads every file again', async () => {
    const root = await folder({ 'a.txt': 'a: one', 'b.txt': 'b: two' });
    const { context, entries } = fakeContext(root);
    const read = () => Object.fromEntries([...entries].map(([id, e]) => [id, e.data.read]));
    await loadFolder(notes('version-notes', { version: () => 'parser 1' }), context);
    const first = read();
    await loadFolder(notes('version-notes', { version: () => 'parser 1' }), context);
    expect(read()).toEqual(first);
    await loadFolder(notes('version-notes', { version: () => 'parser 2' }), context);
    expect(read().a).not.toBe(first.a);
    expect(read().b).not.toBe(first.b);
  });

  it('problems of one run are replaced by those of the next', async () => {
    const root = await folder({ 'fixed.txt': 'bad' });
    const { context } = fakeContext(root);
    const fixedProblems = () => recordedProblems().filter((p) => p.file === 'notes/fixed.txt');
    await loadFolder(notes('fixed-notes'), context);
    expect(fixedProblems()).toHaveLength(1);
    await writeFile(join(root, 'notes', 'fixed.txt'), 'fixed: good now');
    await loadFolder(notes('fixed-notes'), context);
    expect(fixedProblems()).toEqual([]);
  });
});

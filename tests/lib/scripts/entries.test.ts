import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVICE_WORKER_FILE } from '../../../src/lib/offline/offline-files';
import { clientEntries, scriptsFolderEntries } from '../../../src/scripts/entries';
import { projectRoot } from '../../helpers/build-site';

const scripts = join(projectRoot, 'src/scripts');

describe('the client entries list', () => {
  it('names a source that exists for every entry, and every top-level script is an entry', () => {
    const sources: string[] = Object.values(clientEntries).map((e) => e.source);
    expect(sources.filter((s) => !existsSync(join(scripts, s)))).toEqual([]);
    const topLevel = readdirSync(scripts).filter((f) => f.endsWith('.ts') && f !== 'entries.ts');
    expect(topLevel.filter((f) => !sources.includes(f))).toEqual([]);
  });

  it('gives each entry its own output, and leaves the worker and the offline runtime to their steps', () => {
    const outputs = Object.values(clientEntries).map((e) => e.output);
    expect(new Set(outputs).size).toBe(outputs.length);
    expect(scriptsFolderEntries).not.toContain('service-worker');
    expect(scriptsFolderEntries).not.toContain('offline-search');
    expect(clientEntries['service-worker'].output).toBe(SERVICE_WORKER_FILE);
  });
});

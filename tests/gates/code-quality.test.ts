import { execFile } from 'node:child_process';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site';

const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const biome = join(projectRoot, 'node_modules/@biomejs/biome/bin/biome');
const badAstro = join(projectRoot, 'tests/fixtures/bad-astro');

function run(args: string[], cwd = projectRoot): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      args,
      {
        cwd,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
        maxBuffer: 32 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
    child.stdin?.end();
  });
}

const counts = (output: string) => output.match(/- (\d+) errors?\n- (\d+) warnings?/)?.slice(1);

describe('types and style', () => {
  it('astro check: no errors, no warnings, no hints', async () => {
    const { code, output } = await run([astro, 'check']);
    expect(counts(output), output).toEqual(['0', '0']);
    expect(code, output).toBe(0);
  });

  it('astro check catches a type error in a fixture project', async () => {
    const { code, output } = await run([astro, 'check', '--root', badAstro]);
    expect(counts(output), output).toEqual(['1', '0']);
    expect(output).toMatch(/index\.astro/);
    expect(code).not.toBe(0);
  });

  it('astro check rejects a <ClientScript name> that is not a page script of src/scripts/entries.ts', async () => {
    const { code, output } = await run([
      astro,
      'check',
      '--root',
      join(projectRoot, 'tests/fixtures/bad-client-script'),
    ]);
    expect(counts(output), output).toEqual(['2', '0']);
    expect(output).toMatch(/"serch-hook"' is not assignable to type 'PageScriptName'/);
    expect(output).toMatch(/"search"' is not assignable to type 'PageScriptName'/);
    expect(code).not.toBe(0);
  });

  it('biome: lint and formatting are clean', async () => {
    const { code, output } = await run([biome, 'check', '--error-on-warnings', '.']);
    expect(code, output).toBe(0);
  });

  it('biome catches lint errors in a fixture file', async () => {
    // Outside the project, so the project's ignore list does not apply to it.
    const dir = await mkdtemp(join(tmpdir(), 'explainer-lint-'));
    await copyFile(join(badAstro, 'src/unused.ts'), join(dir, 'unused.ts'));
    const { code, output } = await run([biome, 'lint', 'unused.ts'], dir);
    expect(output).toMatch(/noVar|noDoubleEquals|noUnusedVariables/);
    expect(code).not.toBe(0);
  });
});

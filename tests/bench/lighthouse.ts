import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../helpers/browser.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseScores = Record<(typeof CATEGORIES)[number], number | null>;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Lighthouse's four category scores (0–100) for each URL, in Debian's Chromium. */
export async function runLighthouse(
  chromePath: string,
  urls: string[],
): Promise<Map<string, LighthouseScores>> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'explainer-lighthouse-'));
  const chrome = spawn(chromePath, [
    ...CHROMIUM_ARGS,
    `--remote-debugging-port=${port}`,
    `--user-data-dir=${profile}`,
    'about:blank',
  ]);
  try {
    await waitForDebugger(port);
    const results = new Map<string, LighthouseScores>();
    for (const url of urls) {
      const run = await lighthouse(url, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const categories = run?.lhr.categories ?? {};
      results.set(
        url,
        Object.fromEntries(
          CATEGORIES.map((c) => {
            const score = categories[c]?.score;
            return [c, typeof score === 'number' ? Math.round(score * 100) : null];
          }),
        ) as LighthouseScores,
      );
    }
    return results;
  } finally {
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function waitForDebugger(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Chromium did not open its debugging port');
}

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
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

/** A phone (Lighthouse's default, a throttled Moto G) or a desktop. */
export type LighthousePreset = 'mobile' | 'desktop';

/** Lighthouse's four category scores (0–100) for each URL, in Debian's Chromium, in one preset. */
export async function runLighthouse(
  chromePath: string,
  urls: string[],
  preset: LighthousePreset = 'mobile',
): Promise<Map<string, LighthouseScores & { failing: string[] }>> {
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
    const results = new Map<string, LighthouseScores & { failing: string[] }>();
    for (const url of urls) {
      const run = await lighthouse(
        url,
        { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        preset === 'desktop' ? desktopConfig : undefined,
      );
      const categories = run?.lhr.categories ?? {};
      const audits = run?.lhr.audits ?? {};
      // What keeps a category under 100: every weighted audit that did not pass.
      const failing = Object.values(categories).flatMap((c) =>
        c.auditRefs
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c.id}: ${ref.id}`),
      );
      results.set(url, {
        ...(Object.fromEntries(
          CATEGORIES.map((c) => {
            const score = categories[c]?.score;
            return [c, typeof score === 'number' ? Math.round(score * 100) : null];
          }),
        ) as LighthouseScores),
        failing,
      });
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

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildFigures {
  ok: boolean;
  seconds: number;
  peakRssMB: number;
  output: string;
}

/** A process's resident memory in kB and its children, from /proc (Linux); nothing once it has ended. */
function processInfo(pid: number): { rssKB: number; children: number[] } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
    return { rssKB: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0), children };
  } catch {
    return { rssKB: 0, children: [] };
  }
}

/**
 * Resident memory of a process and all its descendants. It walks down from the
 * build's own process rather than reading every process on the machine: on two
 * cores, a sampler that scans all of /proc forty times a second slows the build
 * it measures.
 */
function treeRssKB(rootPid: number): number {
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const { rssKB, children } = processInfo(stack.pop() as number);
    total += rssKB;
    stack.push(...children);
  }
  return total;
}

/**
 * The environment `npm run build` sets (`KEY=value` words in front of `astro build`),
 * so the benchmark measures the build readers run, tuning flags included.
 */
export function buildScriptEnv(projectRoot: string): Record<string, string> {
  const script: string = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts.build;
  const words = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0]?.includes('=')) {
    const [key, ...value] = (words.shift() as string).split('=');
    env[key as string] = value.join('=');
  }
  // `node bin/build.mjs` runs `astro build` into a staging folder; the bench runs `astro build` itself.
  if (!['astro build', 'node bin/build.mjs'].includes(words.join(' '))) {
    throw new Error(
      `package.json: the bench expects the build script to be "[KEY=value …] astro build" or "… node bin/build.mjs", not "${script}".`,
    );
  }
  return env;
}

/** Runs `astro build` on a content folder, timing it and sampling the memory of its whole process tree. */
export function measureBuild(
  projectRoot: string,
  contentDir: string,
  outDir: string,
  cacheDir: string,
): Promise<BuildFigures> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        ...buildScriptEnv(projectRoot),
        EXPLAINER_CONTENT_DIR: contentDir,
        EXPLAINER_OUT_DIR: outDir,
        EXPLAINER_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKB(child.pid));
    }, 25);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        ok: code === 0,
        seconds: (performance.now() - started) / 1000,
        peakRssMB: peak / 1024,
        output,
      });
    });
  });
}

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildFigures {
  ok: boolean;
  seconds: number;
  peakRssMB: number;
  output: string;
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRssKB(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
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
  if (words.join(' ') !== 'astro build') {
    throw new Error(
      `package.json: the bench expects the build script to be "[KEY=value …] astro build", not "${script}".`,
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

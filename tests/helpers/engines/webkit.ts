import { type ChildProcess, spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import WebDriver from 'webdriver';
import { findMiniBrowser, WEBKIT_DRIVER, XVFB } from '../find-browsers';
import { type Engine, type EnginePage, isForeign, type Key, middleOf } from './engine';
import { instrumentedCopy } from './error-collector';

const KEYS: Record<Key, string> = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowDown: '\uE015',
  ArrowRight: '\uE014',
};

type Client = Awaited<ReturnType<typeof WebDriver.newSession>>;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Xvfb on a display it picks itself (-displayfd), resolved once it accepts clients. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
    xvfb.stdio[3]?.once('data', (d) => resolve({ display: `:${String(d).trim()}`, process: xvfb }));
  });
}

/** Waits until the driver answers /status, so the session request is not refused and retried. */
async function driverReady(port: number): Promise<void> {
  const end = Date.now() + 20_000;
  while (
    !(await fetch(`http://127.0.0.1:${port}/status`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > end) throw new Error('WebKitWebDriver did not start within 20 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function withTimeout<T>(what: string, ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * WebKitGTK: WebKitWebDriver drives Debian's MiniBrowser under Xvfb (it has no
 * headless mode) over WebDriver classic. That exposes no console, so pages are
 * read from a copy of the site with a collector script in each (error-collector.ts).
 */
export async function launchWebKit(): Promise<Engine> {
  const copies: string[] = [];
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: xvfb.display },
  });
  const stop = async () => {
    driver.kill();
    xvfb.process.kill();
    await Promise.all(copies.map((c) => rm(c, { recursive: true, force: true })));
  };
  let client: Client;
  try {
    await driverReady(port);
    // Without a working display the session request never answers.
    client = await withTimeout(
      'WebKitWebDriver',
      60_000,
      WebDriver.newSession({
        hostname: '127.0.0.1',
        port,
        logLevel: 'warn',
        // A command that hangs fails after a minute, not after ten retries.
        connectionRetryCount: 0,
        connectionRetryTimeout: 60_000,
        capabilities: {
          'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
        } as WebdriverIO.Capabilities,
      }),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  await client.setWindowRect(0, 0, 1280, 900);
  return {
    name: 'webkit',
    prepare: async (root) => {
      const copy = await instrumentedCopy(root);
      copies.push(copy);
      return copy;
    },
    open: async (url) => {
      await client.navigateTo(url);
      return wrap(client, url);
    },
    close: async () => {
      await client.deleteSession().catch(() => undefined);
      await stop();
    },
  };
}

function wrap(client: Client, url: string): EnginePage {
  const evaluate = async <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> => {
    const result = (await client.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve(arguments[0]).then(${fn.toString()}).then(
         (value) => done({ value: value === undefined ? null : value }),
         (error) => done({ error: String((error && error.stack) || error) }));`,
      [arg ?? null],
    )) as { value?: T; error?: string };
    if (result.error !== undefined) throw new Error(result.error);
    return result.value as T;
  };
  const pointer = (actions: object[]) =>
    client
      .performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }])
      .then(() => client.releaseActions());
  const keys = (codes: string[]) =>
    client
      .performActions([
        {
          type: 'key',
          id: 'keyboard',
          actions: codes.flatMap((value) => [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ]),
        },
      ])
      .then(() => client.releaseActions());
  const moveTo = (x: number, y: number) =>
    pointer([{ type: 'pointerMove', duration: 0, origin: 'viewport', x, y }]);
  const self: EnginePage = {
    goto: async (next) => {
      await client.navigateTo(next);
    },
    evaluate,
    problems: () =>
      evaluate(
        () =>
          (window as unknown as { __engineProblems?: string[] }).__engineProblems ?? [
            'no error collector in this page',
          ],
      ),
    foreignRequests: async () =>
      (
        await evaluate(() => (window as unknown as { __engineRequests?: string[] }).__engineRequests ?? [])
      ).filter((r) => isForeign(url, r)),
    press: (key) => keys([KEYS[key]]),
    type: (text) => keys([...text]),
    moveTo,
    hover: async (selector) => {
      const { x, y } = await middleOf(self, selector);
      await moveTo(x, y);
    },
    // Its element click refuses SVG links; a pointer click at the element's middle does not.
    clickAt: async (selector) => {
      const { x, y } = await middleOf(self, selector);
      await pointer([
        { type: 'pointerMove', duration: 0, origin: 'viewport', x, y },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ]);
    },
    setViewport: async (width, height) => {
      const chrome = await evaluate(() => window.outerHeight - window.innerHeight);
      await client.setWindowRect(0, 0, width, height + chrome);
    },
    screenshot: async (path) => {
      await writeFile(path, Buffer.from(await client.takeScreenshot(), 'base64'));
    },
    // One window serves every page in turn: the next open navigates it.
    close: async () => undefined,
  };
  return self;
}

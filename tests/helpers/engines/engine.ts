import { describe } from 'vitest';

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const ENGINES: EngineName[] = ['chromium', 'firefox', 'webkit'];

/** Keys the gates press, by their W3C names. */
export type Key = 'Tab' | 'Enter' | 'Escape' | 'ArrowLeft' | 'ArrowRight' | 'ArrowDown' | 'Home' | 'End';

/** One tab of one engine: the little the cross-engine gates need, the same in each. */
export interface EnginePage {
  goto(url: string): Promise<void>;
  /** Runs a function in the page (its source is sent, so it must not close over anything). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Console errors, uncaught exceptions and CSP violations since the page opened. */
  problems(): Promise<string[]>;
  /** Every request the page made that went anywhere but its own origin (or, from disk, off the disk). */
  foreignRequests(): Promise<string[]>;
  press(key: Key): Promise<void>;
  type(text: string): Promise<void>;
  /** Moves the pointer to a point of the viewport. */
  moveTo(x: number, y: number): Promise<void>;
  /** Moves the pointer to the middle of the first element matching `selector`. */
  hover(selector: string): Promise<void>;
  /** A pointer click at the middle of the element, as a reader's would be. */
  clickAt(selector: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** The folder to serve and open for a site's folder: itself, or (WebKit) an instrumented copy. */
  prepare(root: string): Promise<string>;
  /** Opens a page and waits for its load event (WebKit has one window: the page before is gone). */
  open(url: string): Promise<EnginePage>;
  close(): Promise<void>;
}

/** Declares the same tests once per engine, each engine in a describe block of its own name. */
export function forEachEngine(declare: (engine: EngineName) => void): void {
  for (const name of ENGINES) describe(name, () => declare(name));
}

/** Polls a function in the page until it returns something truthy, and returns that. */
export async function waitFor<T, A = undefined>(
  page: EnginePage,
  fn: (arg: A) => T | Promise<T>,
  arg?: A,
  timeout = 15_000,
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${fn.toString()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Whether a request left the page's site: its own origin over http, the disk from file://. */
export function isForeign(pageUrl: string, requestUrl: string): boolean {
  const req = new URL(requestUrl);
  if (req.protocol === 'data:' || req.protocol === 'blob:' || req.protocol === 'about:') return false;
  const page = new URL(pageUrl);
  if (page.protocol === 'file:') return req.protocol !== 'file:';
  return req.origin !== page.origin;
}

/** The middle of an element, scrolled into view, in viewport coordinates. */
export function middleOf(page: EnginePage, selector: string): Promise<{ x: number; y: number }> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`no element matches ${sel}`);
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const r = el.getBoundingClientRect();
    return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
  }, selector);
}

/**
 * Does what a reader's first move does, a pointer over the page, and waits for
 * the enhancements that load on first interaction (`ClientScript when="interaction"`).
 */
export async function interact(page: EnginePage): Promise<void> {
  await page.moveTo(1, 1);
  await page.moveTo(3, 3);
  await waitFor(page, () =>
    [...document.querySelectorAll<HTMLScriptElement>('script[data-script]')].every(
      (s) => 'loaded' in s.dataset,
    ),
  );
}

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './find-chromium';

export const FIREFOX = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const XVFB = '/usr/bin/Xvfb';

/** The MiniBrowser Debian's libwebkit2gtk-4.1-0 ships in its library folder, for WebKitWebDriver to drive. */
export function findMiniBrowser(): string | undefined {
  const lib = '/usr/lib';
  if (!existsSync(lib)) return undefined;
  for (const dir of ['', ...readdirSync(lib).filter((d) => d.endsWith('-linux-gnu'))]) {
    const bin = join(lib, dir, 'webkit2gtk-4.1', 'MiniBrowser');
    if (existsSync(bin)) return bin;
  }
  return undefined;
}

/** Each browser the tests drive, with the Debian package that brings it. */
const NEEDED = [
  { what: 'Chromium', pkg: 'chromium', found: () => findChromium() !== undefined },
  { what: 'Firefox ESR', pkg: 'firefox-esr', found: () => existsSync(FIREFOX) },
  {
    what: 'WebKitWebDriver and MiniBrowser',
    pkg: 'webkit2gtk-driver',
    found: () => existsSync(WEBKIT_DRIVER) && findMiniBrowser() !== undefined,
  },
  { what: 'Xvfb', pkg: 'xvfb', found: () => existsSync(XVFB) },
];

/**
 * Makes sure all three engines are here: on a Debian machine where we are root,
 * installs the missing packages in one apt-get run; anywhere else (or if that
 * fails) one clear error names them. Browser tests never skip.
 */
export function ensureBrowsers(): void {
  let missing = NEEDED.filter((n) => !n.found());
  if (missing.length === 0) return;
  const packages = missing.map((n) => n.pkg);
  if (existsSync('/etc/debian_version') && process.getuid?.() === 0) {
    console.log(`Installing Debian packages for the browser tests: ${packages.join(' ')}…`);
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      // Reported below, with what is still missing.
    }
    missing = NEEDED.filter((n) => !n.found());
    if (missing.length === 0) return;
  }
  throw new Error(
    `Browser tests need ${missing.map((n) => n.what).join(', ')}: install them (Debian/Ubuntu: \`apt-get install ${missing.map((n) => n.pkg).join(' ')}\`)${missing.some((n) => n.pkg === 'chromium') ? ', or set CHROME_PATH to a Chrome or Chromium binary' : ''}.`,
  );
}

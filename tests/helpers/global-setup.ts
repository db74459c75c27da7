import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './build-site';
import { ensureBrowsers } from './find-browsers';
import { ensureChromium } from './find-chromium';

/**
 * Runs once before any test file: finds the three engines (installing Debian's
 * packages on a fresh Debian machine) so browser tests never race to install
 * them and never skip for want of them.
 */
export default function setup() {
  ensureBrowsers();
  process.env.CHROME_PATH = ensureChromium();
  // Fixture builds of earlier runs.
  rmSync(join(projectRoot, 'tests', '.tmp'), { recursive: true, force: true });
}

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './build-site';
import { ensureChromium } from './find-chromium';

/**
 * Runs once before any test file: finds Chromium (installing Debian's package
 * on a fresh Debian machine) so browser tests never race to install it and
 * never skip for want of it.
 */
export default function setup() {
  process.env.CHROME_PATH = ensureChromium();
  // Fixture builds of earlier runs.
  rmSync(join(projectRoot, 'tests', '.tmp'), { recursive: true, force: true });
}

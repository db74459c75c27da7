import { ensureChromium } from './find-chromium';

/**
 * Runs once before any test file: finds Chromium (installing Debian's package
 * on a fresh Debian machine) so browser tests never race to install it and
 * never skip for want of it.
 */
export default function setup() {
  process.env.CHROME_PATH = ensureChromium();
}

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from './build-site';

/**
 * The production build the browser and gate tests check: `dist/`, made by
 * `npm test` before vitest starts, or the folder named by EXPLAINER_DIST.
 */
export const distDir = resolve(projectRoot, process.env.EXPLAINER_DIST ?? 'dist');

export function requireDist(): string {
  if (!existsSync(resolve(distDir, 'index.html'))) {
    throw new Error(`No build in ${distDir}: run \`npm run build\` first (\`npm test\` does it for you).`);
  }
  return distDir;
}

import { uiTextFile } from '../text/ui-text';
import { loadScript } from './load-script';

declare global {
  /** Set once a script of the page has asked for scripts/search.js. */
  var explainerSearchRequested: boolean | undefined;
}

/** Loads scripts/search.js, its interface text first (it speaks as soon as it runs), once per page. */
export function loadSearchRuntime(root: URL): void {
  if (self.explainerSearchRequested) return;
  self.explainerSearchRequested = true;
  const search = new URL('scripts/search.js', root).href;
  loadScript(uiTextFile(search))
    .catch(() => undefined)
    .then(() => loadScript(search))
    .catch(() => undefined);
}

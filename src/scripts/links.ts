import { enhanceCiteBoxes } from './links/cite-box';
import { enhancePassageCites } from './links/cite-passages';
import { enableHighlightLinks } from './links/highlight-link';
import { checkAnchor } from './links/missing-anchor';
import { markPrintUrls } from './links/print-urls';
import { enhanceSelfLinks } from './links/self-links';

// Links that stay true: copy-link beside every self-link, links to highlighted text,
// a "Cite" menu on each passage of a source page, a notice for anchors that no longer exist, the "Cite this" boxes, citation URLs in print.
enhanceSelfLinks();
enhancePassageCites();
enableHighlightLinks();
enhanceCiteBoxes();
markPrintUrls();
// From disk, say where copied links point: the published site, or (none known) this device.
if (location.protocol === 'file:') {
  const note = document.querySelector<HTMLElement>('[data-disk-note]');
  if (note) note.hidden = false;
}
// After every deferred script and load handler, so ids that other scripts add count too.
if (document.readyState === 'complete') checkAnchor();
else window.addEventListener('load', checkAnchor);
window.addEventListener('hashchange', checkAnchor);

import type { UiKey } from './en';

const kinds = ['chapter', 'person', 'organisation', 'group', 'place', 'term', 'event', 'source', 'home'];
const counts = ['file', 'result', 'datedResult', 'event'];

/**
 * The keys client scripts look up, in `scripts/ui-text.js` (src/pages/scripts/ui-text.js.ts),
 * which the scripts that wait for the reader's first move load before themselves. A test fails
 * when a script uses a key missing here.
 */
export const clientKeys: readonly UiKey[] = [
  ...([
    'anchor.title',
    'anchor.before',
    'anchor.after',
    'anchor.contents',
    'anchor.start',
    'anchor.more',
    'anchor.showMore',
  ] as const),
  ...([
    'copy.link',
    'copy.linkTo',
    'copy.thisSection',
    'copy.highlight',
    'copy.passage',
    'copy.linkCopied',
    'copy.citationCopied',
    'copy.linkField',
    'copy.citationField',
    'copy.linkSelected',
    'copy.citationSelected',
    'copy.hintMac',
    'copy.hintOther',
  ] as const),
  ...(['citations.openPassage', 'citations.close'] as const),
  // The citations the "Cite" menu writes, in the site's language.
  ...([
    'citeFormat.dateAccessed',
    'citeFormat.noDate',
    'citeFormat.retrieved',
    'citeFormat.from',
    'citeFormat.lastModified',
    'citeFormat.published',
    'citeFormat.updated',
    'citeFormat.accessed',
    'citeFormat.untitled',
    'citeFormat.paragraph',
    'citeFormat.copy',
    'citeFormat.original',
    'citeFormat.reproducedBy',
  ] as const),
  ...([
    'offline.failed',
    'offline.failedBecause',
    'offline.failedShort',
    'offline.incomplete',
    'offline.local',
    'offline.progress',
    'offline.ready',
    'offline.removed',
    'offline.saveSized',
    'offline.saving',
    'offline.updating',
    'offline.updatingLatest',
  ] as const),
  ...([
    'search.allDocuments',
    'search.allOnPage',
    'search.bestMatch',
    'search.document',
    'search.kind',
    'search.newest',
    'search.none',
    'search.noneDated',
    'search.oldest',
    'search.openPage',
    'search.order',
    'search.prompt',
    'search.results',
    'search.resultsFor',
    'search.searching',
    'search.showOnly',
    'search.unavailable',
    'search.unavailableDev',
    'search.untitled',
    'search.year',
  ] as const),
  ...([
    'timeline.allEvents',
    'timeline.inGroup',
    'timeline.position',
    'timeline.sameDates',
    'timeline.showing',
    'timeline.pendingLane',
  ] as const),
  ...kinds.flatMap((k) => [`kind.${k}.one`, `kind.${k}.many`] as UiKey[]),
  ...counts.flatMap((n) => [`count.${n}.one`, `count.${n}.other`] as UiKey[]),
];

/**
 * The few keys a script speaks with before the reader does anything (the offline controls say
 * what saving takes, or that the copy is local): these alone are handed with each page.
 */
export const pageLoadKeys: readonly UiKey[] = clientKeys.filter(
  (key) => key.startsWith('offline.') || key.startsWith('count.file.'),
);

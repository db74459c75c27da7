import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SHARE_IMAGE_SIZE } from '../meta/canonical';

export interface ShareCard {
  title: string;
  /** What kind of page: "Chapter", "Timeline"; empty for the home page. */
  section: string;
  siteName: string;
  tagline: string;
  /** What the page says: a chapter's summary, the home page's lead with its date. */
  summary: string;
}

/** Bump when the design changes, so cached images are rendered again. */
const DESIGN_VERSION = 3;

/** The cache key: everything that shows on the card, and the design. */
export function shareCardKey(card: ShareCard): string {
  return createHash('sha256')
    .update(
      JSON.stringify([DESIGN_VERSION, card.title, card.section, card.siteName, card.tagline, card.summary]),
    )
    .digest('hex')
    .slice(0, 20);
}

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) => readFile(require.resolve(`@fontsource/${pkg}/files/${file}`));

let fonts: Promise<Parameters<typeof satori>[1]['fonts']> | undefined;
/** Fonts from npm packages, as WOFF (satori reads WOFF, not WOFF2): nothing is fetched. */
function loadFonts() {
  fonts ??= Promise.all([
    fontFile('source-serif-4', 'source-serif-4-latin-600-normal.woff'),
    fontFile('source-sans-3', 'source-sans-3-latin-400-normal.woff'),
    fontFile('source-sans-3', 'source-sans-3-latin-700-normal.woff'),
  ]).then(([serif, sans, sansBold]) => [
    { name: 'Serif', data: serif as Buffer, weight: 600 as const, style: 'normal' as const },
    { name: 'Sans', data: sans as Buffer, weight: 400 as const, style: 'normal' as const },
    { name: 'Sans', data: sansBold as Buffer, weight: 700 as const, style: 'normal' as const },
  ]);
  return fonts;
}

type Node = { type: string; props: { style: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** Larger type for short titles; long ones are clamped to three lines, leaving room for the summary. */
const titleSize = (title: string) => (title.length <= 40 ? 68 : title.length <= 80 ? 56 : 46);

/** A 1200×630 PNG: section, title, summary and site name in the site's colours. */
export async function renderShareCard(card: ShareCard): Promise<Uint8Array> {
  const tree = el(
    'div',
    {
      width: SHARE_IMAGE_SIZE.width,
      height: SHARE_IMAGE_SIZE.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px 56px',
      background: '#fdfcfa',
      color: '#1d1d1f',
      borderTop: '20px solid #8a2c0d',
      fontFamily: 'Sans',
    },
    [
      el(
        'div',
        { fontSize: 30, fontWeight: 700, color: '#8a2c0d', textTransform: 'uppercase', letterSpacing: 2 },
        card.section || card.tagline,
      ),
      el(
        'div',
        {
          display: 'block',
          width: '100%',
          fontFamily: 'Serif',
          fontSize: titleSize(card.title),
          fontWeight: 600,
          lineHeight: 1.15,
          lineClamp: 3,
        },
        card.title,
      ),
      el(
        'div',
        // A lead of 60 words fits whole: cutting it could drop what the sources leave open.
        {
          display: 'block',
          width: '100%',
          fontSize: card.summary.length <= 160 ? 30 : 25,
          lineHeight: 1.3,
          color: '#333',
          lineClamp: 7,
        },
        card.summary,
      ),
      el(
        'div',
        { display: 'flex', justifyContent: 'space-between', width: '100%', fontSize: 28, color: '#565656' },
        [
          el('div', { fontWeight: 700, color: '#1d1d1f' }, card.siteName),
          el('div', {}, card.section ? card.tagline : ''),
        ],
      ),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    ...SHARE_IMAGE_SIZE,
    fonts: await loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE_SIZE.width } }).render().asPng();
}

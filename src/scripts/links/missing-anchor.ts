import { SHARD_GLOBAL, shardOf } from '../../lib/links/moved-ids';
import { fragmentId } from '../../lib/links/text-fragment';
import { ui } from '../text/ui-text';

const MAX_ITEMS = 40;
const FIRST_ITEMS = 6;
let notice: HTMLElement | undefined;

const words = (s: string | null, n: number) => {
  const all = (s ?? '').replace(/\s+/g, ' ').trim().split(' ');
  return all.length > n ? `${all.slice(0, n).join(' ')}…` : all.join(' ');
};

/** The page's contents: its headings, or on a page without sub-headings, its passages. */
function contents(): { id: string; label: string }[] {
  const main = document.querySelector('main') ?? document.body;
  const headings = [...main.querySelectorAll<HTMLElement>('h2[id], h3[id]')].filter(
    (h) => !h.closest('.anchor-missing'),
  );
  if (headings.length >= 2) return headings.map((h) => ({ id: h.id, label: words(h.textContent, 12) }));
  return [...main.querySelectorAll<HTMLElement>('[data-passage-id]')].map((p, i) => ({
    id: p.id,
    label: `¶${i + 1} ${words(p.querySelector('.passage-text')?.textContent ?? p.textContent, 10)}`,
  }));
}

/** Links to `items`, unnumbered: passages carry their own ¶ number. */
function list(items: { id: string; label: string }[]): HTMLElement {
  const ul = document.createElement('ul');
  ul.className = 'anchor-missing-contents';
  for (const item of items) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `#${item.id}`;
    a.textContent = item.label;
    li.append(a);
    ul.append(li);
  }
  return ul;
}

function build(id: string): HTMLElement {
  const box = document.createElement('section');
  box.className = 'anchor-missing';
  box.tabIndex = -1;
  box.setAttribute('role', 'alert');
  box.setAttribute('aria-labelledby', 'anchor-missing-title');
  const title = document.createElement('h2');
  title.id = 'anchor-missing-title';
  title.textContent = ui()('anchor.title');
  const text = document.createElement('p');
  text.append(ui()('anchor.before'));
  const code = document.createElement('code');
  code.textContent = `#${id}`;
  text.append(code, ui()('anchor.after'));
  const items = contents();
  text.append(ui()(items.length ? 'anchor.contents' : 'anchor.start'));
  box.append(title, text);
  if (items.length) {
    // The first few in view, the rest behind a disclosure: the notice never scrolls inside the page.
    const shown = items.slice(0, MAX_ITEMS);
    box.append(list(shown.slice(0, FIRST_ITEMS)));
    if (shown.length > FIRST_ITEMS) {
      const rest = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = ui()('anchor.showMore', { n: shown.length - FIRST_ITEMS });
      rest.append(summary, list(shown.slice(FIRST_ITEMS)));
      box.append(rest);
    }
    if (items.length > MAX_ITEMS) {
      const more = document.createElement('p');
      more.textContent = ui()('anchor.more', { n: items.length - MAX_ITEMS });
      box.append(more);
    }
  }
  return box;
}

const folder = (href: string | undefined) => (href ?? '').replace(/\/?$/, '/');

/** Loads a classic script (which works from disk, where fetching files does not); false if it fails. */
const load = (src: string) =>
  new Promise<boolean>((resolve) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    document.head.append(script);
  });

/**
 * Where an id that a page no longer has went, when the page keeps a map of ids it moved
 * (`data-moved-ids`: the timeline's events now on their month's page, an entity's older documents on
 * its continuation pages); undefined if not there.
 */
async function movedTo(id: string): Promise<string | undefined> {
  const map = document.querySelector<HTMLElement>('[data-moved-ids]');
  const shards = Number(map?.dataset.shards);
  if (!map || !shards) return undefined;
  const ids = () => (window as unknown as Record<string, Record<string, string> | undefined>)[SHARD_GLOBAL];
  if (!ids()?.[id]) await load(`${folder(map.dataset.movedIds)}${shardOf(id, shards)}.js`);
  const page = ids()?.[id];
  return page ? `${folder(map.dataset.movedPages)}${page}.html#${id}` : undefined;
}

/**
 * When the URL's #fragment names nothing on the page: an id the page moved leads to its new
 * page; otherwise a notice says so and offers the page's contents.
 */
export async function checkAnchor(): Promise<void> {
  const id = fragmentId(location.hash);
  const missing = id !== '' && !document.getElementById(id) && !document.getElementsByName(id).length;
  notice?.remove();
  notice = undefined;
  if (!missing) return;
  const moved = await movedTo(id);
  if (moved) {
    location.replace(new URL(moved, location.href).href);
    return;
  }
  notice = build(id);
  const main = document.querySelector('main') ?? document.body;
  main.prepend(notice);
  window.scrollTo(0, 0);
  notice.focus({ preventScroll: true });
}

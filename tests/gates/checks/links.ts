import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { parseHTML } from 'linkedom';
import { listPages } from './site-pages';

export interface LinkProblem {
  page: string;
  url: string;
  problem: string;
}

/** Attributes that make the browser load or navigate to something. */
const URL_ATTRIBUTES: [string, string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['use[href]', 'href'],
  ['form[action]', 'action'],
];

/**
 * Resolves every internal URL of every page against the files in `dir`, the way
 * a browser opening the files from disk would: the target must be a file (never
 * a folder, which from disk is a directory listing), and a `#fragment` must name
 * an element id on the target page.
 */
export async function checkLinks(dir: string): Promise<LinkProblem[]> {
  const pages = await listPages(dir);
  const idsByPage = new Map<string, Set<string>>();
  const idsOf = async (page: string) => {
    let ids = idsByPage.get(page);
    if (!ids) {
      const { document } = parseHTML(await readFile(join(dir, page), 'utf8'));
      ids = new Set([...document.querySelectorAll('[id]')].map((el) => el.id));
      for (const a of document.querySelectorAll('a[name]')) ids.add(a.getAttribute('name') ?? '');
      idsByPage.set(page, ids);
    }
    return ids;
  };

  const problems: LinkProblem[] = [];
  for (const page of pages) {
    const { document } = parseHTML(await readFile(join(dir, page), 'utf8'));
    for (const [selector, attr] of URL_ATTRIBUTES) {
      for (const el of document.querySelectorAll(selector)) {
        const url = el.getAttribute(attr) ?? '';
        const problem = await checkUrl(dir, page, url, idsOf);
        if (problem) problems.push({ page, url, problem });
      }
    }
    for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
      for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/)[0] ?? '';
        const problem = await checkUrl(dir, page, url, idsOf);
        if (problem) problems.push({ page, url, problem });
      }
    }
  }
  return problems;
}

/** Every file an internal link or asset points at, root-relative, for fetching over http. */
export async function internalTargets(dir: string): Promise<string[]> {
  const targets = new Set<string>();
  for (const page of await listPages(dir)) {
    const { document } = parseHTML(await readFile(join(dir, page), 'utf8'));
    for (const [selector, attr] of URL_ATTRIBUTES) {
      for (const el of document.querySelectorAll(selector)) {
        const url = el.getAttribute(attr) ?? '';
        if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('#'))
          continue;
        const path = decodeURIComponent(url.split('#')[0]?.split('?')[0] ?? '');
        targets.add(posix.normalize(posix.join(posix.dirname(page), path)));
      }
    }
  }
  return [...targets].sort();
}

async function checkUrl(
  dir: string,
  page: string,
  url: string,
  idsOf: (page: string) => Promise<Set<string>>,
): Promise<string | undefined> {
  if (url === '') return 'empty URL';
  if (/^(data|mailto|tel|javascript):/i.test(url)) {
    return /^javascript:/i.test(url) ? 'javascript: URL' : undefined;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined; // external: the privacy check's job
  if (url.startsWith('/'))
    return 'root-absolute URL: it breaks when the site is opened from disk or a sub-path';
  const [pathPart = '', fragment] = url.split('#', 2);
  const path = decodeURIComponent(pathPart.split('?')[0] ?? '');
  const target = path === '' ? page : posix.normalize(posix.join(posix.dirname(page), path));
  if (target.startsWith('..')) return 'points outside the site';
  const file = join(dir, target);
  if (!existsSync(file)) return `no such file: ${target}`;
  if (statSync(file).isDirectory()) return `${target} is a folder: from disk it opens a directory listing`;
  if (fragment !== undefined && fragment !== '' && !fragment.startsWith(':~:') && target.endsWith('.html')) {
    const ids = await idsOf(target);
    const id = decodeURIComponent(fragment);
    if (!ids.has(id)) return `no element with id "${id}" on ${target}`;
  }
  return undefined;
}

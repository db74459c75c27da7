import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** A file of a built site, as text. */
export const readBuilt = (dir: string, path: string) => readFile(join(dir, path), 'utf8');

/** A page of a built site, parsed (without a browser: for what the build wrote). */
export const builtPage = async (dir: string, path: string) => parseHTML(await readBuilt(dir, path)).document;

/** An element's text as a reader sees it: whitespace collapsed. */
export const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

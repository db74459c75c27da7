import { createHash } from 'node:crypto';
import {
  ContentError,
  type ContentProblem,
  contentError,
  lineAt,
  problemsOf,
} from '../content/content-problem';
import { decodeText } from '../content/decode-text';
import { firstBodyPassage } from './body-passages';
import { classifyPassage, type EmbedAttribution, type PassageKind, settleHeadings } from './classify-passage';
import { openingWords, untitledName } from './derive-title';
import { assignPassageIds } from './passage-ids';
import { type Provenance, parseSidecar, type Sidecar } from './sidecar';
import { splitDocument } from './split-document';

export interface Passage {
  id: string;
  kind: PassageKind;
  /** The passage exactly as in the document (line endings folded to LF). */
  text: string;
  /** The line of the document the passage starts on. */
  line: number;
  /** Earlier ids of this passage, kept so old links still land on it. */
  aliases: string[];
  embed?: EmbedAttribution;
  /** The editors' note on the passage, from the sidecar: never part of the document's text. */
  note?: string;
}

export interface ParsedDocument {
  date: string;
  /** The recorded title, or a description such as "Untitled article, April 15, 2025" when none is recorded. */
  title: string;
  /** No title is recorded: `title` is only a description. */
  titleIsDerived: boolean;
  /** The first words of the text, shown as its opening, never as its title. */
  opening: string;
  publisher: string | null;
  author: string | null;
  sourceUrl: string | null;
  /** Whether the document is original reporting or relays others', as far as the editors established. */
  provenance: Provenance | null;
  language: string;
  sha256: string;
  passages: Passage[];
}

export interface DocumentInput {
  /** Path shown in error messages, relative to the project. */
  file: string;
  bytes: Uint8Array;
  /** The sidecar's text, or its bytes (decoded as strict UTF-8). */
  sidecar?: { file: string; source: string | Uint8Array };
}

export function parseDocument({ file, bytes, sidecar }: DocumentInput): ParsedDocument {
  // The sidecar and the text are checked apart, so one build reports the problems of both.
  const problems: ContentProblem[] = [];
  const noSidecar = { meta: {} as Sidecar, lineOf: (_: readonly string[]) => 1 };
  const { meta, lineOf } = sidecar
    ? (attempt(problems, () => {
        const source =
          typeof sidecar.source === 'string' ? sidecar.source : decodeText(sidecar.source, sidecar.file);
        return parseSidecar(source, sidecar.file);
      }) ?? noSidecar)
    : noSidecar;
  const split = attempt(problems, () => {
    const text = decodeText(bytes, file);
    nulProblem(text, file);
    return splitDocument(text, file);
  });
  if (!split) throw new ContentError(problems);
  const { date, paragraphs } = split;
  const ids = assignPassageIds(paragraphs.map((p) => p.text));
  const page = { title: meta.title, publisher: meta.publisher };
  const passages: Passage[] = paragraphs.map((p, i) => ({
    id: ids[i] ?? '',
    ...classifyPassage(p.text, { ...page, next: paragraphs[i + 1]?.text }),
    text: p.text,
    line: p.line,
    aliases: [],
  }));
  const where = { file: sidecar?.file ?? file, line: lineOf, problems };
  settleHeadings(passages);
  attachAliases(passages, meta.aliases ?? {}, where);
  attachNotes(passages, meta.notes ?? {}, where);
  overrideKinds(passages, meta.kinds ?? {}, where);
  const publisher = meta.publisher ?? null;
  const title = meta.title ?? untitledName(date, publisher);
  // A passage of zero-width characters only would be an empty, unclickable block on the page.
  for (const p of passages.filter((p) => !VISIBLE.test(p.text))) {
    problems.push({
      file,
      line: p.line,
      message:
        'this paragraph has no visible characters (only zero-width spaces, joiners or direction marks)',
      fix: 'remove the invisible characters from the file, or the paragraph they make.',
    });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return {
    date,
    title,
    titleIsDerived: meta.title === undefined,
    opening: openingWords([firstBodyPassage(passages)].filter((p) => p !== undefined)),
    publisher,
    author: meta.author ?? null,
    sourceUrl: meta.sourceUrl ?? null,
    provenance: meta.provenance ?? null,
    language: meta.language ?? 'en',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    passages,
  };
}

/** Something other than white space, zero-width characters, soft hyphens and direction marks. */
const VISIBLE = /[^\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

/** Runs one check, keeping its problems instead of stopping at them. */
function attempt<T>(problems: ContentProblem[], run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    problems.push(...problemsOf(error));
    return undefined;
  }
}

// A NUL byte is never part of an article: browsers drop it, so the reader would
// see text the data does not hold. It marks a file that is not plain text.
function nulProblem(text: string, file: string): void {
  const at = text.indexOf('\0');
  if (at === -1) return;
  throw contentError(
    file,
    lineAt(text, at),
    'the file contains a NUL character (byte 00), which no page can show',
    'remove it; a NUL byte usually means the file was saved in another format than plain text (UTF-8).',
  );
}

interface SidecarPlace {
  file: string;
  line: (path: readonly string[]) => number;
  problems: ContentProblem[];
}

function attachAliases(
  passages: Passage[],
  aliases: Record<string, string>,
  { file, line, problems }: SidecarPlace,
) {
  const byId = new Map(passages.map((p) => [p.id, p]));
  for (const [alias, target] of Object.entries(aliases).sort(([a], [b]) => a.localeCompare(b))) {
    const passage = byId.get(target);
    if (!passage) {
      problems.push({
        file,
        line: line(['aliases', alias]),
        message: `alias "${alias}" points at "${target}", which is not a passage of this document`,
        fix: 'use the current id shown next to the passage on its source page.',
      });
      continue;
    }
    if (byId.has(alias)) {
      problems.push({
        file,
        line: line(['aliases', alias]),
        message: `alias "${alias}" is already the id of a passage`,
        fix: 'remove the alias: the passage it names still exists under that id.',
      });
      continue;
    }
    passage.aliases.push(alias);
  }
}

function attachNotes(
  passages: Passage[],
  notes: Record<string, string>,
  { file, line, problems }: SidecarPlace,
) {
  for (const [id, note] of Object.entries(notes)) {
    const passage = passages.find((p) => p.id === id || p.aliases.includes(id));
    if (!passage) {
      problems.push({
        file,
        line: line(['notes', id]),
        message: `note on "${id}", which is not a passage of this document`,
        fix: 'use the id shown next to the passage on its source page (the ¶ link).',
      });
      continue;
    }
    passage.note = note;
  }
}

/** The editors' correction of a passage's kind; an embed keeps its attribution only while it is one. */
function overrideKinds(
  passages: Passage[],
  kinds: Record<string, PassageKind>,
  { file, line, problems }: SidecarPlace,
) {
  for (const [id, kind] of Object.entries(kinds)) {
    const passage = passages.find((p) => p.id === id || p.aliases.includes(id));
    if (!passage) {
      problems.push({
        file,
        line: line(['kinds', id]),
        message: `kind given for "${id}", which is not a passage of this document`,
        fix: 'use the id shown next to the passage on its source page (the ¶ link).',
      });
      continue;
    }
    if (kind === 'embed' && !passage.embed) {
      problems.push({
        file,
        line: line(['kinds', id]),
        message: `"${id}" cannot be an embed: it does not end in a post's attribution ("— Name (@handle) Month D, YYYY")`,
        fix: 'choose quote for a quotation without an attribution line.',
      });
      continue;
    }
    passage.kind = kind;
    if (kind !== 'embed') delete passage.embed;
  }
}

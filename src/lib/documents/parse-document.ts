import { createHash } from 'node:crypto';
import { firstBodyPassage } from './body-passages';
import { classifyPassage, type EmbedAttribution, type PassageKind, settleHeadings } from './classify-passage';
import { decodeText } from './decode-text';
import { deriveTitle } from './derive-title';
import { DocumentError } from './document-error';
import { assignPassageIds } from './passage-ids';
import { parseSidecar } from './sidecar';
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
  title: string;
  titleIsDerived: boolean;
  publisher: string | null;
  author: string | null;
  sourceUrl: string | null;
  language: string;
  sha256: string;
  passages: Passage[];
}

export interface DocumentInput {
  /** Path shown in error messages, relative to the project. */
  file: string;
  bytes: Uint8Array;
  sidecar?: { file: string; source: string };
}

export function parseDocument({ file, bytes, sidecar }: DocumentInput): ParsedDocument {
  const { meta, lineOf } = sidecar
    ? parseSidecar(sidecar.source, sidecar.file)
    : { meta: {}, lineOf: () => 1 };
  const { date, paragraphs } = splitDocument(decodeText(bytes, file), file);
  const ids = assignPassageIds(paragraphs.map((p) => p.text));
  const page = { title: meta.title, publisher: meta.publisher };
  const passages: Passage[] = paragraphs.map((p, i) => ({
    id: ids[i] ?? '',
    ...classifyPassage(p.text, { ...page, next: paragraphs[i + 1]?.text }),
    text: p.text,
    line: p.line,
    aliases: [],
  }));
  const where = {
    file: sidecar?.file ?? file,
    line: lineOf,
  };
  settleHeadings(passages);
  attachAliases(passages, meta.aliases ?? {}, where);
  attachNotes(passages, meta.notes ?? {}, where);
  overrideKinds(passages, meta.kinds ?? {}, where);
  const firstText = firstBodyPassage(passages)?.text ?? '';
  return {
    date,
    title: meta.title ?? deriveTitle(firstText),
    titleIsDerived: meta.title === undefined,
    publisher: meta.publisher ?? null,
    author: meta.author ?? null,
    sourceUrl: meta.sourceUrl ?? null,
    language: meta.language ?? 'en',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    passages,
  };
}

interface SidecarPlace {
  file: string;
  line: (path: readonly string[]) => number;
}

function attachAliases(passages: Passage[], aliases: Record<string, string>, { file, line }: SidecarPlace) {
  const byId = new Map(passages.map((p) => [p.id, p]));
  for (const [alias, target] of Object.entries(aliases).sort(([a], [b]) => a.localeCompare(b))) {
    const passage = byId.get(target);
    if (!passage) {
      throw new DocumentError(
        file,
        line(['aliases', alias]),
        `alias "${alias}" points at "${target}", which is not a passage of this document`,
        'use the current id shown next to the passage on its source page.',
      );
    }
    if (byId.has(alias)) {
      throw new DocumentError(
        file,
        line(['aliases', alias]),
        `alias "${alias}" is already the id of a passage`,
        'remove the alias: the passage it names still exists under that id.',
      );
    }
    passage.aliases.push(alias);
  }
}

function attachNotes(passages: Passage[], notes: Record<string, string>, { file, line }: SidecarPlace) {
  for (const [id, note] of Object.entries(notes)) {
    const passage = passages.find((p) => p.id === id || p.aliases.includes(id));
    if (!passage) {
      throw new DocumentError(
        file,
        line(['notes', id]),
        `note on "${id}", which is not a passage of this document`,
        'use the id shown next to the passage on its source page (the ¶ link).',
      );
    }
    passage.note = note;
  }
}

/** The editors' correction of a passage's kind; an embed keeps its attribution only while it is one. */
function overrideKinds(
  passages: Passage[],
  kinds: Record<string, PassageKind>,
  { file, line }: SidecarPlace,
) {
  for (const [id, kind] of Object.entries(kinds)) {
    const passage = passages.find((p) => p.id === id || p.aliases.includes(id));
    if (!passage) {
      throw new DocumentError(
        file,
        line(['kinds', id]),
        `kind given for "${id}", which is not a passage of this document`,
        'use the id shown next to the passage on its source page (the ¶ link).',
      );
    }
    if (kind === 'embed' && !passage.embed) {
      throw new DocumentError(
        file,
        line(['kinds', id]),
        `"${id}" cannot be an embed: it does not end in a post's attribution ("— Name (@handle) Month D, YYYY")`,
        'choose quote for a quotation without an attribution line.',
      );
    }
    passage.kind = kind;
    if (kind !== 'embed') delete passage.embed;
  }
}

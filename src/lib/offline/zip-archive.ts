import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

export interface ArchiveFile {
  /** Path inside the site, with `/` separators. */
  path: string;
  /** The bytes, or how to read them: read lazily, a few at a time, so a big site is never all in memory. */
  data: Uint8Array | (() => Promise<Uint8Array>);
}

/** Formats that are already compressed are stored as they are: deflating them again costs time and saves nothing. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz|pf_[a-z]+)$/i;

/**
 * Files read and deflated at once. Each deflate holds its own zlib state (about
 * 300 kB): starting thousands together took gigabytes. A few more than the
 * thread pool's four keep it busy while files are read.
 */
const IN_FLIGHT = 8;

const deflate = promisify(deflateRaw);

/** One file, compressed for the archive, with what the zip records about it. */
export interface PackedFile {
  path: string;
  size: number;
  crc: number;
  stored: boolean;
  packed: Uint8Array;
}

/** Files packed earlier, by path: reused when the file has not changed since. */
export type PackedFiles = ReadonlyMap<string, PackedFile>;

async function pack(file: ArchiveFile, earlier?: PackedFiles): Promise<PackedFile> {
  const data = typeof file.data === 'function' ? await file.data() : file.data;
  const crc = crc32(data);
  const known = earlier?.get(file.path);
  if (known && known.size === data.length && known.crc === crc) return known;
  const stored = STORED.test(file.path);
  const packed = stored ? data : await deflate(data, { level: 4 });
  return { path: file.path, size: data.length, crc, stored, packed };
}

/**
 * Packs files in order, a few at a time (`IN_FLIGHT`), handing each to `take`
 * as soon as it and those before it are done.
 */
async function packInOrder(
  files: readonly ArchiveFile[],
  take: (f: PackedFile) => void,
  { earlier, skipUnreadable = false }: { earlier?: PackedFiles; skipUnreadable?: boolean } = {},
): Promise<void> {
  const start = (file: ArchiveFile): Promise<PackedFile | undefined> => {
    const packing = pack(file, earlier);
    if (skipUnreadable) return packing.catch(() => undefined);
    // Awaited in turn below; this only keeps a failure from counting as unhandled meanwhile.
    packing.catch(() => {});
    return packing;
  };
  const window = files.slice(0, IN_FLIGHT).map(start);
  for (let next = IN_FLIGHT; window.length; next++) {
    const packed = await window.shift();
    if (packed) take(packed);
    const file = files[next];
    if (file) window.push(start(file));
  }
}

/**
 * Compresses files ahead of the archive, for instance while other build steps
 * run; `zipArchive` reuses each one whose size and CRC-32 are still the same.
 * A file gone by the time it is read is left out: the archive takes what is there then.
 */
export async function packAhead(files: readonly ArchiveFile[], earlier?: PackedFiles): Promise<PackedFiles> {
  const packed = new Map<string, PackedFile>();
  await packInOrder(files, (f) => packed.set(f.path, f), { earlier, skipUnreadable: true });
  return packed;
}

/** Packed files as one buffer (an index, then their bytes), to keep between builds. */
export function serialisePacked(files: Iterable<PackedFile>): Buffer {
  const list = [...files];
  const index = Buffer.from(
    JSON.stringify(list.map(({ packed, ...f }) => ({ ...f, length: packed.length }))),
  );
  const head = Buffer.alloc(4);
  head.writeUInt32LE(index.length);
  return Buffer.concat([head, index, ...list.map((f) => f.packed)]);
}

/** The files `serialisePacked` kept; none when the buffer is empty or not one it wrote. */
export function deserialisePacked(buffer: Uint8Array): PackedFiles {
  const packed = new Map<string, PackedFile>();
  try {
    const bytes = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const length = bytes.readUInt32LE(0);
    let offset = 4 + length;
    for (const f of JSON.parse(bytes.subarray(4, offset).toString('utf8'))) {
      packed.set(f.path, {
        path: f.path,
        size: f.size,
        crc: f.crc,
        stored: f.stored,
        packed: bytes.subarray(offset, offset + f.length),
      });
      offset += f.length;
    }
  } catch {
    return new Map();
  }
  return packed;
}

/**
 * A zip of the site inside one folder, with a README beside `index.html`.
 * fflate writes the container; Node's zlib deflates, natively and on its
 * thread pool, so a site of thousands of files is packed in a fraction of the
 * time JavaScript deflate takes. Only the compressed bytes are kept, and files
 * packed ahead (`earlier`) are reused when unchanged. Deterministic: entries
 * sorted by path, every timestamp the same fixed moment (built from local
 * parts: zip stores local time).
 */
export async function zipArchive(
  folder: string,
  files: ArchiveFile[],
  readme: string,
  earlier?: PackedFiles,
  onPacked?: (file: PackedFile) => void,
): Promise<Uint8Array> {
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const all: ArchiveFile[] = [...files, { path: 'README.txt', data: new TextEncoder().encode(readme) }].sort(
    (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  const chunks: Buffer[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  });
  await packInOrder(
    all,
    (f) => {
      const entry: ZipInputFile = {
        filename: `${folder}/${f.path}`,
        size: f.size,
        crc: f.crc,
        compression: f.stored ? 0 : 8,
        mtime,
      };
      zip.add(entry);
      entry.ondata?.(null, f.packed as Uint8Array<ArrayBuffer>, true);
      onPacked?.(f);
    },
    { earlier },
  );
  zip.end();
  return Buffer.concat(chunks);
}

/** The note inside the archive: how to open it, and what works from disk. */
export function archiveReadme(siteName: string, folder: string, siteUrl: string | undefined): string {
  const links = siteUrl
    ? `Links that you copy from this edition
point at the public site (${siteUrl}), so you can share them.`
    : `The site's public address is not known, so
links that you copy from this edition point at the files on your computer.`;
  return `${siteName}: offline edition
${'='.repeat(siteName.length + 18)}

This folder is the whole site, the same files the web version serves.

To read it:
1. Unzip the archive (on most computers: double-click it, or right-click and choose "Extract all").
2. Open the folder "${folder}" and double-click index.html.
   It opens in your web browser; no internet connection is needed.

Everything works from disk: every page, the timeline, search, and the source
documents with their original files. ${links}

Keep the files together: the pages link to each other by relative paths.
`;
}

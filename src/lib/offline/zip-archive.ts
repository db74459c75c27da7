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

interface PackedFile {
  path: string;
  size: number;
  crc: number;
  stored: boolean;
  packed: Uint8Array;
}

async function pack(file: ArchiveFile): Promise<PackedFile> {
  const data = typeof file.data === 'function' ? await file.data() : file.data;
  const stored = STORED.test(file.path);
  const packed = stored ? data : await deflate(data, { level: 4 });
  return { path: file.path, size: data.length, crc: crc32(data), stored, packed };
}

/**
 * A zip of the site inside one folder, with a README beside `index.html`.
 * fflate writes the container; Node's zlib deflates, natively and on its
 * thread pool, so a site of thousands of files is packed in a fraction of the
 * time JavaScript deflate takes. Only the compressed bytes are kept. Deterministic:
 * entries sorted by path, every timestamp the same fixed moment (built from
 * local parts: zip stores local time).
 */
export async function zipArchive(folder: string, files: ArchiveFile[], readme: string): Promise<Uint8Array> {
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const all: ArchiveFile[] = [...files, { path: 'README.txt', data: new TextEncoder().encode(readme) }].sort(
    (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  const chunks: Buffer[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  });
  const add = (f: PackedFile) => {
    const entry: ZipInputFile = {
      filename: `${folder}/${f.path}`,
      size: f.size,
      crc: f.crc,
      compression: f.stored ? 0 : 8,
      mtime,
    };
    zip.add(entry);
    entry.ondata?.(null, f.packed as Uint8Array<ArrayBuffer>, true);
  };
  // A sliding window: entries go into the zip in order while the next ones are packed.
  const start = (file: ArchiveFile) => {
    const packing = pack(file);
    // Awaited in turn below; this only keeps a failure from counting as unhandled meanwhile.
    packing.catch(() => {});
    return packing;
  };
  const window = all.slice(0, IN_FLIGHT).map(start);
  for (let next = IN_FLIGHT; window.length; next++) {
    add(await (window.shift() as Promise<PackedFile>));
    const file = all[next];
    if (file) window.push(start(file));
  }
  zip.end();
  return Buffer.concat(chunks);
}

/** The note inside the archive: how to open it, and what works from disk. */
export function archiveReadme(siteName: string, folder: string, siteUrl: string): string {
  return `${siteName}: offline edition
${'='.repeat(siteName.length + 18)}

This folder is the whole site, the same files the web version serves.

To read it:
1. Unzip the archive (on most computers: double-click it, or right-click and choose "Extract all").
2. Open the folder "${folder}" and double-click index.html.
   It opens in your web browser; no internet connection is needed.

Everything works from disk: every page, the timeline, search, and the source
documents with their original files. Links that you copy from this edition
point at the public site (${siteUrl}), so you can share them.

Keep the files together: the pages link to each other by relative paths.
`;
}

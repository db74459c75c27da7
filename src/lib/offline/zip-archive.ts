import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

export interface ArchiveFile {
  /** Path inside the site, with `/` separators. */
  path: string;
  data: Uint8Array;
}

/** Formats that are already compressed are stored as they are: deflating them again costs time and saves nothing. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz|pf_[a-z]+)$/i;

const deflate = promisify(deflateRaw);

/**
 * A zip of the site inside one folder, with a README beside `index.html`.
 * fflate writes the container; Node's zlib deflates, natively and on its
 * thread pool, so a site of thousands of files is packed in a fraction of the
 * time JavaScript deflate takes. Deterministic: entries sorted by path, every
 * timestamp the same fixed moment (built from local parts: zip stores local time).
 */
export async function zipArchive(folder: string, files: ArchiveFile[], readme: string): Promise<Uint8Array> {
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const all = [...files, { path: 'README.txt', data: new TextEncoder().encode(readme) }].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  const packed = await Promise.all(
    all.map((f) => (STORED.test(f.path) ? f.data : deflate(f.data, { level: 6 }))),
  );
  const chunks: Buffer[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  });
  all.forEach((f, i) => {
    const entry: ZipInputFile = {
      filename: `${folder}/${f.path}`,
      size: f.data.length,
      crc: crc32(f.data),
      compression: STORED.test(f.path) ? 0 : 8,
      mtime,
    };
    zip.add(entry);
    entry.ondata?.(null, packed[i] as Uint8Array<ArrayBuffer>, true);
  });
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

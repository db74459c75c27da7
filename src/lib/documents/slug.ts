import GithubSlugger from 'github-slugger';

/** A document's slug comes from its file name: `Some File.txt` → `some-file`. */
export function slugFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.txt$/i, '');
  return new GithubSlugger().slug(stem);
}

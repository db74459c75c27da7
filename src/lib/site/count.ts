const NUMBER = new Intl.NumberFormat('en-US');

/** "1 event", "3,408 events": a count in words a reader expects, with the thousands marked. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${NUMBER.format(n)} ${n === 1 ? singular : plural}`;
}

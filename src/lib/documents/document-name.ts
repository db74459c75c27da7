/**
 * A document as named in running text: a recorded title in quotation marks, as
 * titles are; a description ("Untitled article, …") without, since nobody wrote it.
 */
export function documentName(title: string, untitled: boolean): string {
  return untitled ? title : `“${title}”`;
}

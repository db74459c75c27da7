/**
 * Typographic quotation marks for text written in YAML (frontmatter, entity
 * files), matching what MDX does for chapter prose: "a" → “a”, it's → it’s.
 * Only quotation marks change, so quotations still compare equal to their source.
 */
export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014\u2013-])"/gu, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{\u2014\u2013“-])'/gu, '$1‘')
    .replace(/'/g, '’');
}

const MAX_TITLE = 70;

/**
 * The `<title>`: the page's title and the site's name, kept within 70 characters
 * (what search results and tabs show) by shortening the page title at a word.
 * The page's heading keeps the full title.
 */
export function pageTitle(title: string, siteName: string): string {
  if (title === siteName) return title;
  const suffix = ` · ${siteName}`;
  const room = MAX_TITLE - suffix.length;
  if (title.length <= room) return `${title}${suffix}`;
  const cut = title.slice(0, room - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > room / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…${suffix}`;
}

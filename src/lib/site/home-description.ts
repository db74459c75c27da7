import type { Lead } from './lead-problems';

/**
 * What the home page says about itself in search results, link previews and
 * its share card: the lead with its date ("As of April 15, 2025: …") when the
 * editors wrote one, else the site's description.
 */
export function homePageDescription(
  site: { description: string; lead?: Lead },
  formatDate: (iso: string) => string,
  t: (key: 'home.asOf', vars: { date: string }) => string,
): string {
  if (!site.lead) return site.description;
  return `${t('home.asOf', { date: formatDate(site.lead.asOf) })}: ${site.lead.text.replace(/\s+/g, ' ')}`;
}

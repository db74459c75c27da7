import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/site/paths';
import { openPage } from '../helpers/browser';
import { requireDist } from '../helpers/dist';
import { siteInBrowser } from '../helpers/site-in-browser';
import { pageOf, searched, shownResults } from './search/search-fixture';

const DOCUMENT = 'cia-americas-counternarcotics-mission-center';

/**
 * What readers type, and what must come first: the entity's page, labelled with its kind, and in
 * the source, the passage.
 */
const NAMES: { query: string; entity: string; kind: string; passage?: string }[] = [
  { query: 'Maltz', entity: 'derek-maltz', kind: 'Person' },
  { query: 'DEA', entity: 'dea', kind: 'Organisation', passage: 'p-country-obviously-believe-strong' },
  { query: 'Reaper', entity: 'mq-9-reaper', kind: 'Term', passage: 'p-mq-9-reaper-drone' },
  {
    query: 'Sinaloa',
    entity: 'sinaloa-cartel',
    kind: 'Group',
    passage: 'p-february-trump-administration-officially',
  },
  {
    query: 'Tren de Aragua',
    entity: 'tren-de-aragua',
    kind: 'Group',
    passage: 'p-february-trump-administration-officially',
  },
  { query: 'Venezuela', entity: 'venezuela', kind: 'Place' },
  { query: 'FTO', entity: 'foreign-terrorist-organization', kind: 'Term' },
];

const site = siteInBrowser(requireDist);

describe.each(['http', 'file'] as const)('the explainer’s names and aliases, over %s', (name) => {
  const root = () => (name === 'http' ? `${site.url}/` : `${pathToFileURL(site.dist).href}/`);

  it.each(NAMES)('“$query” finds $entity first, a $kind', async ({ query, entity, kind, passage }) => {
    const { page, problems } = await openPage(
      site.context,
      `${root()}search.html?q=${encodeURIComponent(query)}`,
    );
    await searched(page, '[data-search-output] [data-search-status]', query);
    const results = await shownResults(page, '[data-search-results]');
    const first = results.map((r) => pageOf(r.href, root()))[0];
    expect(
      first,
      `no page names “${query}”: is it a name or alias in content/entities/${entity}.yaml?`,
    ).toBeDefined();
    expect(first).toBe(paths.entity(entity));
    expect(results[0]?.meta).toBe(kind);
    if (passage) {
      const source = results.find((r) => pageOf(r.href, root()) === paths.document(DOCUMENT));
      expect(source?.sections[0]?.split('#')[1]).toBe(passage);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

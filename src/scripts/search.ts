import { siteRootOf } from './search/runtime';
import { searchPage } from './search/search-page';
import { Searcher } from './search/searcher';
import { SiteSearch } from './search/site-search-element';

// Loaded by search-hook.js when the reader first asks for search, or by search-page-hook.js on the search page.
if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);

// The search page shows every filter; the list of documents only on a site with few (data-document-choice).
const pageForm = document.querySelector<HTMLFormElement>('form[data-search="page"]');
const output = document.querySelector<HTMLElement>('[data-search-output]');
if (pageForm && output) {
  searchPage(
    pageForm,
    output,
    new Searcher(
      siteRootOf(document.currentScript),
      output.dataset.documentChoice === undefined ? ['type', 'year'] : ['type', 'year', 'document'],
    ),
  );
}

import { headerSearch } from './search/header-search';
import { siteRootOf } from './search/runtime';
import { searchPage } from './search/search-page';
import { Searcher } from './search/searcher';

// Loaded by search-hook.js when the reader first asks for search, or at once on the search page.
const siteRoot = siteRootOf(document.currentScript);
const searchPageHref = new URL('search.html', siteRoot).href;

// The header shows kinds only; the search page every filter (the documents' list grows with the site).
const header = document.querySelector<HTMLFormElement>('form[data-search="header"]');
if (header) headerSearch(header, new Searcher(siteRoot, ['type']), searchPageHref);

const pageForm = document.querySelector<HTMLFormElement>('form[data-search="page"]');
const output = document.querySelector<HTMLElement>('[data-search-output]');
if (pageForm && output) searchPage(pageForm, output, new Searcher(siteRoot, ['type', 'year', 'document']));

/**
 * Past this many documents the search page offers no list of documents to
 * choose from: a longer list is no use to scroll, and its filter data, which
 * names every document, would cost the page's first search more than all the
 * rest of the index it loads (about 50 kB at 10,000 documents). A search link
 * that names a document (`search.html?document=…`) still searches within it.
 */
export const DOCUMENT_CHOICES_MAX = 100;

/** Whether the search page lists the documents to search within, for a site with `documents` documents. */
export function offersDocumentChoice(documents: number): boolean {
  return documents <= DOCUMENT_CHOICES_MAX;
}

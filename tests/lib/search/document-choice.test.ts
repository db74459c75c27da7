import { describe, expect, it } from 'vitest';
import { DOCUMENT_CHOICES_MAX, offersDocumentChoice } from '../../../src/lib/search/document-choice';

describe('the search page lists the documents to search within while the list is short', () => {
  it('lists them up to the limit and not past it', () => {
    expect(offersDocumentChoice(1)).toBe(true);
    expect(offersDocumentChoice(DOCUMENT_CHOICES_MAX)).toBe(true);
    expect(offersDocumentChoice(DOCUMENT_CHOICES_MAX + 1)).toBe(false);
    expect(offersDocumentChoice(10_000)).toBe(false);
  });
});

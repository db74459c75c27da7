import { describe, expect, it } from 'vitest';
import { uiText } from '../../../src/i18n/ui-text';
import {
  accessDatePlaceholder,
  type CitableWork,
  type CiteStyle,
  citationText,
  formatCitation as format,
} from '../../../src/lib/cite/cite-formats';

const en = uiText('en');
const formatCitation = (style: CiteStyle, work: CitableWork, accessDate?: string) =>
  format(style, work, accessDate, en);

const chapter: CitableWork = {
  title: 'Overview',
  permalink: 'https://example.org/explainer/overview.html',
  siteName: 'The Harbour Explainer',
  published: '2025-04-16',
  updated: '2025-04-20',
};

const source: CitableWork = {
  title: 'Port Authority Plans Doubled Container Inspections',
  permalink: 'https://example.org/documents/port.html',
  siteName: 'The Harbour Explainer',
  original: {
    publisher: 'The Example Gazette',
    author: 'A. Reporter',
    date: '2025-04-15',
    url: 'https://news.example/a',
  },
};

describe('formatCitation for a page of the site', () => {
  it('APA: site as group author, dated by the last update, retrieval date', () => {
    expect(citationText(formatCitation('apa', chapter, '2026-01-02'))).toBe(
      'The Harbour Explainer. (2025, April 20). Overview. Retrieved January 2, 2026, from https://example.org/explainer/overview.html',
    );
  });

  it('Chicago: quoted title, last modified, accessed', () => {
    expect(citationText(formatCitation('chicago', chapter, '2026-01-02'))).toBe(
      '“Overview.” The Harbour Explainer. Last modified April 20, 2025. Accessed January 2, 2026. https://example.org/explainer/overview.html.',
    );
  });

  it('plain: both dates, permalink, access date', () => {
    expect(citationText(formatCitation('plain', chapter, '2026-01-02'))).toBe(
      'Overview. The Harbour Explainer, published April 16, 2025, updated April 20, 2025. https://example.org/explainer/overview.html (accessed January 2, 2026).',
    );
  });

  it('marks the title italic and the access date, with a placeholder until a date is known', () => {
    const apa = formatCitation('apa', { ...chapter, updated: undefined, published: undefined });
    expect(apa.find((s) => s.italic)?.text).toBe('Overview');
    expect(apa.find((s) => s.accessed)?.text).toBe(accessDatePlaceholder(en));
    expect(citationText(apa)).toMatch(/^The Harbour Explainer\. \(n\.d\.\)\./);
  });
});

describe('formatCitation for a source document', () => {
  it('cites the original article, then this site’s copy', () => {
    expect(citationText(formatCitation('apa', source))).toBe(
      'A. Reporter. (2025, April 15). Port Authority Plans Doubled Container Inspections. The Example Gazette. https://news.example/a. Copy: The Harbour Explainer, https://example.org/documents/port.html',
    );
    expect(citationText(formatCitation('chicago', source, '2026-01-02'))).toBe(
      'A. Reporter. “Port Authority Plans Doubled Container Inspections.” The Example Gazette, April 15, 2025. https://news.example/a. Copy: The Harbour Explainer, https://example.org/documents/port.html, accessed January 2, 2026.',
    );
  });

  it('never passes off a description or first sentence as a title', () => {
    const untitled = {
      ...source,
      title: 'Untitled article, The Example Gazette, April 15, 2025',
      original: { ...source.original!, untitled: true },
    };
    const plain = citationText(formatCitation('plain', untitled, '2026-01-02'));
    expect(plain).toMatch(/^\[Untitled article\]\. The Example Gazette, by A. Reporter, April 15, 2025\./);
    expect(citationText(formatCitation('apa', untitled))).toMatch(
      /^A. Reporter\. \(2025, April 15\)\. \[Untitled article\]\. The Example Gazette\./,
    );
    expect(citationText(formatCitation('chicago', untitled))).toMatch(
      /^A. Reporter\. \[Untitled article\]\. The Example Gazette/,
    );
  });

  it('says in the plain citation what the document relays', () => {
    const rewrite = {
      ...source,
      original: { ...source.original!, provenance: 'Rewrite of others’ reporting; relays A (interview)' },
    };
    expect(citationText(formatCitation('plain', rewrite, '2026-01-02'))).toContain(
      'April 15, 2025. Rewrite of others’ reporting; relays A (interview). Original: https://news.example/a.',
    );
  });

  it('says what is not recorded instead of inventing it', () => {
    const bare = { ...source, original: { publisher: null, author: null, date: '2024-03-02', url: null } };
    const plain = citationText(formatCitation('plain', bare, '2026-01-02'));
    expect(plain).toBe(
      'Port Authority Plans Doubled Container Inspections. Publisher not recorded, March 2, 2024. As reproduced by The Harbour Explainer: https://example.org/documents/port.html (accessed January 2, 2026).',
    );
    expect(citationText(formatCitation('apa', bare))).toBe(
      'Port Authority Plans Doubled Container Inspections. (2024, March 2). Publisher not recorded. https://example.org/documents/port.html',
    );
    expect(formatCitation('apa', bare).some((s) => s.italic)).toBe(false);
    const titled = { ...bare, title: 'Ends with a period.' };
    expect(citationText(formatCitation('plain', titled))).toMatch(/^Ends with a period\. Publisher/);
  });
});

describe('formatCitation for one passage', () => {
  const passage: CitableWork = {
    ...source,
    locator: {
      label: 'para. 4',
      url: 'https://example.org/documents/port.html#p-four',
      quote: 'It is a whole effort.',
    },
  };

  it('APA and Chicago: the source with the paragraph as locator and the passage’s address', () => {
    expect(citationText(formatCitation('apa', passage))).toBe(
      'A. Reporter. (2025, April 15). Port Authority Plans Doubled Container Inspections. The Example Gazette. https://news.example/a, para. 4. Copy: The Harbour Explainer, https://example.org/documents/port.html#p-four',
    );
    expect(citationText(formatCitation('chicago', passage, '2026-01-02'))).toBe(
      'A. Reporter. “Port Authority Plans Doubled Container Inspections.” The Example Gazette, April 15, 2025, para. 4. https://news.example/a. Copy: The Harbour Explainer, https://example.org/documents/port.html#p-four, accessed January 2, 2026.',
    );
  });

  it('plain: the quotation word for word, then the source and the passage’s link', () => {
    const plain = citationText(formatCitation('plain', passage, '2026-01-02'));
    expect(plain).toMatch(/^“It is a whole effort\.” Port Authority Plans/);
    expect(plain).toContain('April 15, 2025, para. 4.');
    expect(plain).toMatch(
      /https:\/\/example\.org\/documents\/port\.html#p-four \(accessed January 2, 2026\)\.$/,
    );
  });

  it('plain: quotation marks inside the quoted passage are nested as single ones', () => {
    const quoted = {
      ...passage,
      locator: { ...passage.locator!, quote: '“No rush,” he said, citing "limits".' },
    };
    expect(citationText(formatCitation('plain', quoted))).toMatch(
      /^“‘No rush,’ he said, citing ‘limits’\.” Port/,
    );
  });

  it('without an original URL, the passage’s address is where to find it', () => {
    const bare = { ...passage, original: { ...source.original!, url: null } };
    expect(citationText(formatCitation('apa', bare))).toMatch(
      /The Example Gazette\. https:\/\/example\.org\/documents\/port\.html#p-four, para\. 4$/,
    );
  });
});

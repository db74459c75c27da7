import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../../src/lib/site/page-title';

describe('pageTitle', () => {
  it('adds the site name', () => {
    expect(pageTitle('Sources', 'Site')).toBe('Sources · Site');
    expect(pageTitle('Site', 'Site')).toBe('Site');
  });

  it('shortens a long title at a word, within 70 characters', () => {
    const long =
      'Port inspections will double next year as the authority hires more officers for the night shift.';
    const title = pageTitle(long, 'The Harbour Explainer');
    expect(title.length).toBeLessThanOrEqual(70);
    expect(title).toBe('Port inspections will double next year as… · The Harbour Explainer');
  });
});

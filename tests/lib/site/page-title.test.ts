import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../../src/lib/site/page-title';

describe('pageTitle', () => {
  it('adds the site name', () => {
    expect(pageTitle('Sources', 'Site')).toBe('Sources · Site');
    expect(pageTitle('Site', 'Site')).toBe('Site');
  });

  it('shortens a long title at a word, within 70 characters', () => {
    const long =
      "It was only a matter of time until the CIA became involved in the Trump administration's war on Mexican drug cartels.";
    const title = pageTitle(long, 'CIA and the Cartels');
    expect(title.length).toBeLessThanOrEqual(70);
    expect(title).toBe('It was only a matter of time until the CIA… · CIA and the Cartels');
  });
});

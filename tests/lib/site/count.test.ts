import { describe, expect, it } from 'vitest';
import { count } from '../../../src/lib/site/count';

describe('count', () => {
  it('says one thing in the singular and any other number in the plural', () => {
    expect(count(1, 'event')).toBe('1 event');
    expect(count(0, 'event')).toBe('0 events');
    expect(count(2, 'passage')).toBe('2 passages');
    expect(count(3, 'person', 'people')).toBe('3 people');
  });

  it('marks the thousands, as a reader writes them', () => {
    expect(count(3408, 'date')).toBe('3,408 dates');
    expect(count(1_000_000, 'file')).toBe('1,000,000 files');
  });
});

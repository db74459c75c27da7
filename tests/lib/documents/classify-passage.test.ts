import { describe, expect, it } from 'vitest';
import { classifyPassage } from '../../../src/lib/documents/classify-passage';

describe('classifyPassage', () => {
  it.each([
    ['MQ-9 Reaper Drone with Customs and Border Protection (CBP)', 'caption'],
    ['No decision has been made.', 'paragraph'],
    ['Short sentence ending in a question?', 'paragraph'],
    ['“We are here,” she said.', 'quote'],
    ['"Straight quotes count too," he said.', 'quote'],
    ['The term "foreign terrorist organizations" is quoted mid-sentence.', 'paragraph'],
    ['A post. — Jane Doe (@jdoe) March 3, 2024', 'embed'],
    ['“Quoted post text.” — Jane Doe (@jdoe) March 3, 2024', 'embed'],
  ])('%s → %s', (text, kind) => {
    expect(classifyPassage(text).kind).toBe(kind);
  });

  it('does not take a long unpunctuated paragraph for a caption', () => {
    expect(classifyPassage('word '.repeat(30).trim()).kind).toBe('paragraph');
  });

  it('does not take an attribution without a date for an embed', () => {
    expect(classifyPassage('A post. — Jane Doe (@jdoe)').kind).not.toBe('embed');
  });
});

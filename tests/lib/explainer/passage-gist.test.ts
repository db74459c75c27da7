import { describe, expect, it } from 'vitest';
import { passageGist } from '../../../src/lib/explainer/passage-gist';

describe('passageGist', () => {
  it('keeps a short passage whole, its spacing made single', () => {
    expect(passageGist('No timetable\n has been  set.')).toBe('No timetable has been set.');
  });

  it('cuts a long one at a word, marking the cut', () => {
    expect(passageGist('one two three four five', 3)).toBe('one two three…');
  });
});

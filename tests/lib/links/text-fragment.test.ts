import { describe, expect, it } from 'vitest';
import {
  encodeFragmentText,
  fragmentId,
  textFragmentDirective,
  withTextFragment,
} from '../../../src/lib/links/text-fragment';

const text = 'The drug trafficker is savvy, sophisticated, and well-funded, officials said on Monday.';
const select = (words: string) => {
  const start = text.indexOf(words);
  return [start, start + words.length] as const;
};

describe('textFragmentDirective', () => {
  it('links a short selection word for word, encoding the reserved - , &', () => {
    expect(textFragmentDirective(text, ...select('savvy, sophisticated'))).toBe(
      'text=savvy%2C%20sophisticated',
    );
    expect(textFragmentDirective(text, ...select('well-funded'))).toBe('text=well%2Dfunded');
    expect(encodeFragmentText('a & b')).toBe('a%20%26%20b');
  });

  it('grows a selection that cuts words to whole words', () => {
    const start = text.indexOf('rafficker');
    expect(textFragmentDirective(text, start, start + 13)).toBe('text=trafficker%20is');
  });

  it('links a long selection by its first and last four words', () => {
    expect(textFragmentDirective(text, 0, text.length)).toBe(
      `text=The%20drug%20trafficker%20is,officials%20said%20on%20Monday.`,
    );
  });

  it('adds up to three preceding words as a prefix when the words occur elsewhere', () => {
    expect(textFragmentDirective(text, ...select('officials'), true)).toBe(
      'text=sophisticated%2C%20and%20well%2Dfunded%2C-,officials',
    );
  });

  it('uses following words as a suffix when the selection starts the passage', () => {
    expect(textFragmentDirective(text, ...select('The drug'), true)).toBe(
      'text=The%20drug,-trafficker%20is%20savvy%2C',
    );
  });

  it('gives nothing for a selection of spaces', () => {
    expect(textFragmentDirective('a  b', 1, 2)).toBeUndefined();
  });
});

describe('withTextFragment and fragmentId', () => {
  it('adds the directive after the anchor, replacing an older one', () => {
    expect(withTextFragment('https://x.org/d.html#p-a', 'text=b')).toBe('https://x.org/d.html#p-a:~:text=b');
    expect(withTextFragment('https://x.org/d.html#p-a:~:text=old', 'text=b')).toBe(
      'https://x.org/d.html#p-a:~:text=b',
    );
    expect(withTextFragment('https://x.org/d.html', 'text=b')).toBe('https://x.org/d.html#:~:text=b');
  });

  it('reads the element id out of a hash', () => {
    expect(fragmentId('#p-a:~:text=b')).toBe('p-a');
    expect(fragmentId('#caf%C3%A9')).toBe('café');
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(fragmentId('')).toBe('');
  });
});

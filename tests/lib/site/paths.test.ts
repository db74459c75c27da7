import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../src/lib/site/navigation';
import { relativeHref } from '../../../src/lib/site/paths';

describe('relativeHref', () => {
  it.each([
    ['/index.html', 'documents.html', 'documents.html'],
    ['/', 'documents/a.html', 'documents/a.html'],
    ['/documents/a.html', 'index.html', '../index.html'],
    ['/documents/a.html', 'documents/b.html#p-x', 'b.html#p-x'],
    ['/documents/a.html', 'documents/a.html#p-x', '#p-x'],
    ['/documents/a.html', 'data/documents.json', '../data/documents.json'],
    ['/explainer/deep/x.html', 'timeline.html#event-a', '../../timeline.html#event-a'],
  ])('from %s to %s is %s', (from, to, expected) => {
    expect(relativeHref(from, to)).toBe(expected);
  });
});

describe('sectionOf', () => {
  it('takes the first segment of a page path', () => {
    expect(sectionOf('/documents/a.html')).toBe('documents');
    expect(sectionOf('/documents.html')).toBe('documents');
    expect(sectionOf('/index.html')).toBe('index');
  });
});

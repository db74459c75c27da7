import type { MdxNode } from './mdx-tree';

/** Link targets a chapter may use: the web, other pages of the site, anchors, mail. */
const SAFE_LINK = /^(?:https?:|mailto:|#|\.{0,2}\/|[^:/?#]+(?:[/?#]|$))/iu;
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/iu;

/**
 * A `javascript:` or `data:` link runs or smuggles content, and a remote image
 * loads from a site the reader did not choose; the build refuses both.
 */
export function linkProblems(node: MdxNode): { message: string; fix: string }[] {
  const url = (node.url ?? '').trim();
  if (node.type === 'image') {
    return REMOTE.test(url)
      ? [
          {
            message: `the image "${url}" is not part of the site`,
            fix: 'chapters show no remote images; link to the page instead, or leave the image out.',
          },
        ]
      : [];
  }
  return SAFE_LINK.test(url)
    ? []
    : [
        {
          message: `the link "${url.slice(0, 40)}" uses a scheme the site does not allow`,
          fix: 'link with https://…, a page of the site (such as overview.html) or #anchor; javascript: and data: links are refused.',
        },
      ];
}

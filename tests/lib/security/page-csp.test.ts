import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trimPolicyHashes } from '../../../src/lib/security/page-csp';

const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>a{b:c}</style></head><body>${body}</body></html>`;

describe('trimPolicyHashes', () => {
  it("keeps the hashes of the page's own inline style and script, and drops the rest of the build's", () => {
    const own = hash('a{b:c}');
    const script = hash('run()');
    const policy = `default-src 'none'; script-src 'self' 'sha256-other1=' '${script}'; style-src 'self' '${own}' 'sha256-other2=';`;
    const trimmed = trimPolicyHashes(
      page(policy, '<script>run()</script><script defer src="x.js"></script>'),
    );
    expect(trimmed).toContain(
      `content="default-src 'none'; script-src 'self' '${script}'; style-src 'self' '${own}';"`,
    );
  });

  it('leaves a page without a policy, and the rest of the page, as they are', () => {
    const html = '<html><head><style>a{}</style></head><body><p>text</p></body></html>';
    expect(trimPolicyHashes(html)).toBe(html);
    const policy = `script-src 'self' 'wasm-unsafe-eval' 'sha256-gone='; style-src 'self';`;
    expect(trimPolicyHashes(page(policy, '<p>x</p>'))).toBe(
      page(`script-src 'self' 'wasm-unsafe-eval'; style-src 'self';`, '<p>x</p>'),
    );
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, policyWithHashes } from './csp';

const policy = "default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-old1=' 'sha256-old2='; style-src 'self' 'sha256-old3=';";

describe('policyWithHashes', () => {
  it('lists exactly the given hashes, keeps the other sources and directives', () => {
    expect(policyWithHashes(policy, { 'script-src': ["'sha256-a='", "'sha256-a='"], 'style-src': ["'sha256-b='"] })).toBe(
      "default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-a='; style-src 'self' 'sha256-b=';",
    );
  });

  it('leaves only the other sources when a page has no inline element', () => {
    expect(policyWithHashes(policy, { 'script-src': [], 'style-src': [] })).toContain("script-src 'self' 'wasm-unsafe-eval'; style-src 'self';");
  });

  it('refuses a policy without style-src, under which every inline style would fall to default-src', () => {
    expect(() => policyWithHashes("default-src 'self'; script-src 'self'", { 'script-src': [], 'style-src': [] })).toThrow(/style-src/);
  });
});

describe('cspHash', () => {
  it('is the base64 SHA-256 of the text in CSP source syntax', () => {
    expect(cspHash('a{}')).toBe(`'sha256-${createHash('sha256').update('a{}').digest('base64')}'`);
  });
});

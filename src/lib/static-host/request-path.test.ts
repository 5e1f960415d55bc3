import { describe, expect, it } from 'vitest';
import { localHref, preferredEncoding, requestPath } from './request-path';

describe('requestPath', () => {
  it('gives the decoded segments below the base, and whether the path ends in a slash', () => {
    expect(requestPath('/en/projects/', '/')).toEqual({ kind: 'path', segments: ['en', 'projects'], directory: true, query: '' });
    expect(requestPath('/uk/%D0%BF%D0%BE%D1%88%D1%83%D0%BA?q=1', '/')).toEqual({ kind: 'path', segments: ['uk', 'пошук'], directory: false, query: '?q=1' });
    expect(requestPath('/signaal/en/', '/signaal/')).toEqual({ kind: 'path', segments: ['en'], directory: true, query: '' });
    expect(requestPath('/signaal', '/signaal/')).toEqual({ kind: 'path', segments: [], directory: false, query: '' });
  });

  it('refuses dot segments however they are written, so no path leaves the folder', () => {
    for (const target of ['/..%2fdist-base%2findex.html', '/%2e%2e/etc/passwd', '/en/%2E%2E/%2E%2E/x', '/signaal/..%2F..%2Fpackage.json', '/a/%2e/b', '/x%5C..%5Cy', '/a%00.html']) {
      expect(requestPath(target, target.startsWith('/signaal') ? '/signaal/' : '/'), target).toEqual({ kind: 'forbidden' });
    }
  });

  it('answers a malformed escape or a target that is not a path as malformed', () => {
    expect(requestPath('/%E0%A4%A', '/')).toEqual({ kind: 'malformed' });
    expect(requestPath('/%', '/')).toEqual({ kind: 'malformed' });
    expect(requestPath('http://evil.example/en/', '/')).toEqual({ kind: 'malformed' });
    expect(requestPath('*', '/')).toEqual({ kind: 'malformed' });
  });

  it('tells a path outside the base from one inside it', () => {
    expect(requestPath('/en/', '/signaal/')).toEqual({ kind: 'outside-base' });
    expect(requestPath('/signaalx/', '/signaal/')).toEqual({ kind: 'outside-base' });
  });

  it('reads a protocol-relative looking target as a path on this host', () => {
    expect(requestPath('//evil.example/en', '/')).toEqual({ kind: 'path', segments: ['evil.example', 'en'], directory: false, query: '' });
  });
});

describe('localHref', () => {
  it('always starts with exactly one slash and escapes what could name a host', () => {
    expect(localHref(['en', 'projects'], true)).toBe('/en/projects/');
    expect(localHref([], true)).toBe('/');
    expect(localHref(['', 'evil.example', ''], true)).toBe('/evil.example/');
  });

  it('escapes slashes and backslashes inside a segment and keeps the query', () => {
    const href = localHref(['/evil.example', '\\x'], true, '?q=a');
    expect(href).toBe('/%2Fevil.example/%5Cx/?q=a');
    expect(href.startsWith('//')).toBe(false);
  });
});

describe('preferredEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(preferredEncoding('gzip, deflate, br')).toBe('br');
    expect(preferredEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(preferredEncoding('deflate')).toBeUndefined();
    expect(preferredEncoding(undefined)).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { headersFor, headersWithBase, parseHeadersFile } from './headers-file';

const rules = parseHeadersFile(`
# comment
/*
  X-Content-Type-Options: nosniff
  Cache-Control: no-cache

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`);

it('applies every matching block, later blocks winning', () => {
  expect(headersFor(rules, '/en/')).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
  expect(headersFor(rules, '/_astro/a.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
});

it('rejects a header line before any path', () => {
  expect(() => parseHeadersFile('  X-A: b')).toThrow(/outside a path block/);
});

it('the shipped headers file sets the security headers on every page', () => {
  const shipped = parseHeadersFile(readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8'));
  const page = headersFor(shipped, '/uk/projects/');
  expect(page['Referrer-Policy']).toBe('no-referrer');
  expect(page['X-Content-Type-Options']).toBe('nosniff');
  expect(page['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
  expect(page['Permissions-Policy']).toMatch(/camera=\(\)/);
});

it('puts the base path in front of every path pattern, so the rules match under a sub-path', () => {
  const text = '# note\n/*\n  X-A: 1\n/_astro/*\n  Cache-Control: immutable\nhttps://other.example/*\n  X-B: 2\n';
  const based = parseHeadersFile(headersWithBase(text, '/signaal/'));
  expect(based.map((rule) => rule.pattern)).toEqual(['/signaal/*', '/signaal/_astro/*', 'https://other.example/*']);
  expect(headersFor(based, '/signaal/_astro/a.css')).toEqual({ 'X-A': '1', 'Cache-Control': 'immutable' });
  expect(headersFor(based, '/_astro/a.css')).toEqual({});
  expect(headersWithBase(text, '/')).toBe(text);
});

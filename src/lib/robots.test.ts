import { expect, it } from 'vitest';
import { robotsTxt } from './robots';

it('allows the whole site and names its sitemap', () => {
  expect(robotsTxt('https://signaal.example.org', '/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://signaal.example.org/sitemap-index.xml\n');
});

it('scopes the rule and the sitemap to the base path, written with or without slashes', () => {
  for (const base of ['/signaal/', '/signaal', 'signaal/']) {
    expect(robotsTxt(new URL('https://example.org'), base), base).toBe('User-agent: *\nAllow: /signaal/\n\nSitemap: https://example.org/signaal/sitemap-index.xml\n');
  }
});

it('names no sitemap when the public address is not known', () => {
  expect(robotsTxt(undefined, '/')).toBe('User-agent: *\nAllow: /\n');
});

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { locales } from '../../src/lib/locales';
import { alternateProblems, brokenLinks, listPages } from '../audit/site-audit';
import { site } from './site';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = `${root}dist-base`;
const base = '/signaal/';

test('the site works from a sub-path: every link, asset and alternate resolves under the base', () => {
  test.setTimeout(10 * 60_000);
  execFileSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build'], {
    cwd: root,
    env: { ...process.env, BASE_PATH: base, OUT_DIR: outDir },
    stdio: 'pipe',
  });
  const pages = listPages(outDir);
  expect(pages.length).toBeGreaterThan(30);
  expect(brokenLinks(pages, outDir, base)).toEqual([]);
  expect(alternateProblems(pages, site, base, locales)).toEqual([]);
  const home = pages.find((p) => p.path === '/');
  expect(home?.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}${base}`);
});

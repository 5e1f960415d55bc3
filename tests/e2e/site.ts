import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listPages } from '../audit/site-audit';

/** The built site under test: every HTML page in dist/, discovered from the build output. */
export const distDir = fileURLToPath(new URL(`../../${process.env.DIST_DIR ?? 'dist'}/`, import.meta.url)).replace(/\/$/, '');
export const pages = listPages(distDir);
export const base = '/';
export const site = 'https://signaal.example.org';

export interface Limit {
  pattern: string;
  max: number;
  why: string;
}
export const budget = JSON.parse(readFileSync(new URL('../../budget.json', import.meta.url), 'utf8')) as {
  firstRender: { default: number; exceptions: Limit[] };
  script: { default: number; exceptions: Limit[] };
  renderBlockingScripts: number;
};

export function limitFor(limits: { default: number; exceptions: Limit[] }, path: string): number {
  return limits.exceptions.find((e) => new RegExp(e.pattern).test(path))?.max ?? limits.default;
}

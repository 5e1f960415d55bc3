import { expect, it } from 'vitest';
import { onePerTypeAndLocale } from './sample';

const built = (path: string, size: number) => ({ path, html: 'x'.repeat(size) });

it('takes the largest page of every page type in every locale, and nothing twice', () => {
  const pages = [
    built('/projects/a/', 10), built('/projects/b/', 30), built('/en/projects/a/', 20), built('/en/projects/b/', 20),
    built('/uk/projects/a/', 5), built('/', 1), built('/en/', 1), built('/uk/404.html', 1), built('/projects/', 3),
  ];
  expect(onePerTypeAndLocale(pages).map(({ type, locale, page }) => `${type} ${locale} ${page.path}`)).toEqual([
    '404 uk /uk/404.html',
    'home en /en/',
    'home nl /',
    'project en /en/projects/a/',
    'project nl /projects/b/',
    'project uk /uk/projects/a/',
    'projects index nl /projects/',
  ]);
});

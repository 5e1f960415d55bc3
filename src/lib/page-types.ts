import { parsePath } from './routes.ts';

/** The template a built page comes from, read from its path; used to group benchmark figures. */
export function pageType(path: string): string {
  if (/404\.html$/.test(path)) return '404';
  const { route } = parsePath(path);
  const parts = route.split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  // A later page of a list (`/projects/2/`, `/projects/country/md/2/`, src/lib/paging.ts) is of its list's type.
  const [section, second, third] = /^\d+$/.test(parts.at(-1) ?? '') ? parts.slice(0, -1) : parts;
  const sections: Record<string, [string, string]> = {
    projects: ['projects index', 'project'],
    teachers: ['teachers index', 'lesson'],
    students: ['students index', 'student page'],
    signals: ['signals index', 'signal card'],
    toolkits: ['toolkits index', 'toolkit'],
    organisations: ['organisations index', 'organisation'],
    news: ['news index', 'news item'],
  };
  if (sections[section]) {
    if (!second) return sections[section][0];
    return third ? `${section} filter` : sections[section][1];
  }
  if (['search', 'sitemap', 'sources'].includes(section)) return section;
  return 'page';
}

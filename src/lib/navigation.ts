import type { UIKey } from '../i18n/ui';

export interface NavItem {
  route: string;
  label: UIKey;
}

/** The main sections, in menu order; every route exists in every locale. */
export const mainNav: NavItem[] = [
  { route: '/what-is-trafficking/', label: 'nav.whatIs' },
  { route: '/projects/', label: 'nav.projects' },
  { route: '/teachers/', label: 'nav.teachers' },
  { route: '/students/', label: 'nav.students' },
  { route: '/toolkits/', label: 'nav.toolkits' },
  { route: '/signals/', label: 'nav.signals' },
];

export const footerNav: NavItem[] = [
  { route: '/help/', label: 'help.page.title' },
  { route: '/about/', label: 'footer.about' },
  { route: '/privacy/', label: 'footer.privacy' },
  { route: '/accessibility/', label: 'footer.accessibility' },
  { route: '/visiting-safely/', label: 'footer.safety' },
  { route: '/sources/', label: 'footer.sources' },
  { route: '/sitemap/', label: 'footer.sitemap' },
];

/** Whether `current` lies in the section `route` (so the menu can mark it). */
export function isInSection(current: string, route: string): boolean {
  return route !== '/' && current.startsWith(route);
}

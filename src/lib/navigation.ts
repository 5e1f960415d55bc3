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

/**
 * The `aria-current` of a link to what the page belongs to (its menu section, the chosen filter of a list):
 * `page` only when the link leads to this very page, since a screen reader announces that as “current page”
 * and a link so named must not lead elsewhere; `true`, the current item of the set, when the page lies further
 * in (an entry of the section, page 2 of the filtered list); nothing for the other links.
 */
export function currentMark(chosen: boolean, leadsHere: boolean): 'page' | 'true' | undefined {
  if (!chosen) return undefined;
  return leadsHere ? 'page' : 'true';
}

/** The mark of the menu link to the section `route` on the page at `current`. */
export const sectionMark = (current: string, route: string) => currentMark(isInSection(current, route), current === route);

/** Sections a page can belong to without being in the main menu. */
const otherSections: NavItem[] = [
  { route: '/news/', label: 'news.title' },
  { route: '/organisations/', label: 'organisations.title' },
  { route: '/sitemap/', label: 'footer.sitemap' },
  { route: '/sources/', label: 'footer.sources' },
];

/**
 * The pages above `route`, from home down, for the breadcrumb: every page but home gets at least the way
 * home, and a page inside a section also the section's overview. Empty on the home page itself.
 */
export function breadcrumbTrail(route: string): NavItem[] {
  if (route === '/') return [];
  const home: NavItem = { route: '/', label: 'nav.home' };
  const section = [...mainNav, ...otherSections].find((item) => route !== item.route && isInSection(route, item.route));
  return section ? [home, section] : [home];
}

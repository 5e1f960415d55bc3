/** Where an entry of a per-locale collection is published, below the locale prefix. */
const sections = {
  projects: '/projects/',
  lessons: '/teachers/',
  toolkits: '/toolkits/',
  signals: '/signals/',
  news: '/news/',
  students: '/students/',
  pages: '/',
} as const;

export type RoutedCollection = keyof typeof sections;

export function entryRoute(collection: RoutedCollection, slug: string): string {
  return `${sections[collection]}${slug}/`;
}

export function sectionRoute(collection: RoutedCollection): string {
  return sections[collection];
}

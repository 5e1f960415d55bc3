import { sectionRoute } from './entry-routes';

/**
 * The pupils' self-check of a lesson: its starter and exit quiz on a page in the students section. The
 * teacher page, the slides and the quiz sheet use the same items.
 */
export function selfCheckRoute(lessonSlug: string): string {
  return `${sectionRoute('students')}quiz/${lessonSlug}/`;
}

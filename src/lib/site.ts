/**
 * Where the quick exit goes: a neutral, widely used Dutch weather site that shows nothing personal.
 * Kept in one place so the tests can stub exactly this address.
 */
export const quickExitUrl = 'https://www.buienradar.nl/';

/**
 * With JavaScript, a visit of any length is one entry in the tab's history: moving between Signaal pages
 * replaces the current entry instead of adding one, so the quick exit (which replaces that entry too) leaves
 * nothing of Signaal to go Back or Forward to. The cost: the browser's Back button leaves the site instead of
 * returning to the previous Signaal page (every page has a breadcrumb for that). README.md, “Quick exit and
 * history”, says what changes when this is off.
 */
export const oneHistoryEntryPerVisit = true;

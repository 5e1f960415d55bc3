/**
 * Keeps a whole visit in one session-history entry (see `oneHistoryEntryPerVisit` in `site.ts`): the browser
 * script replaces the current entry for every move within the site, so the quick exit's `location.replace`
 * leaves nothing of Signaal to go Back to. These pure functions decide which moves to take over; the script
 * in `QuickExit.astro` wires them to the page.
 */

/**
 * The link's attributes, as written: an SVG link (the map's countries) has no string `href` or `target`
 * property, so the decision reads attributes, which every link has.
 */
export type LinkAttributes = Pick<Element, 'getAttribute' | 'hasAttribute'>;

/** The button and keys of the click: the click event itself. */
export type ClickKeys = Pick<MouseEvent, 'button' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey'>;

/**
 * The URL to `location.replace` instead of following the link, or `null` to let the browser act.
 * The browser keeps what it does best: new tabs and windows (modifier keys, `target`), downloads, and links
 * to other sites or other schemes (`tel:`, `mailto:`).
 */
export function replacementForLink(link: LinkAttributes, click: ClickKeys, current: string): string | null {
  if (click.button !== 0 || click.ctrlKey || click.shiftKey || click.altKey || click.metaKey) return null;
  const target = link.getAttribute('target');
  if (link.hasAttribute('download') || (target && target !== '_self')) return null;
  let url: URL;
  try {
    url = new URL(link.getAttribute('href') ?? '', current);
  } catch {
    return null;
  }
  const here = new URL(current);
  if (url.origin !== here.origin || !/^https?:$/.test(url.protocol)) return null;
  // A link to this very page and a fragment: replace with the fragment only, so the browser scrolls and
  // moves focus as for any in-page link, without loading the page again.
  if (url.pathname === here.pathname && url.search === here.search && url.hash) return url.hash;
  return url.href;
}

/** What the decision needs to know about a form being submitted: the form element itself. */
export interface FormSubmit {
  /** The resolved `action` URL (`form.action`). */
  action: string;
  method: string;
  target?: string | null;
}

/**
 * The URL to `location.replace` for a same-site GET form, or `null` to let the browser submit it. `fields` are
 * the submitted fields, in order, as `new FormData(form, submitter)` gives them.
 */
export function replacementForForm(form: FormSubmit, fields: [string, string][], current: string): string | null {
  if (form.method.toLowerCase() !== 'get' || (form.target && form.target !== '_self')) return null;
  const url = new URL(form.action, current);
  if (url.origin !== new URL(current).origin) return null;
  // A GET submission replaces the query of the action URL with the fields, as the browser would.
  url.search = new URLSearchParams(fields).toString();
  return url.href;
}

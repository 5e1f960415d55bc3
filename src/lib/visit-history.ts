/**
 * Keeps a whole visit in one session-history entry (see `oneHistoryEntryPerVisit` in `site.ts`): the browser
 * script replaces the current entry for every move within the site, so the quick exit's `location.replace`
 * leaves nothing of Signaal to go Back to. These pure functions decide which moves to take over; the script
 * in `QuickExit.astro` wires them to the page.
 */

/** What the decision needs to know about a click on a link. */
export interface LinkClick {
  /** The link's `href` attribute, as written. */
  href: string;
  target?: string | null;
  download?: boolean;
  button: number;
  ctrlKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/**
 * The URL to `location.replace` instead of following the link, or `null` to let the browser act.
 * The browser keeps what it does best: new tabs and windows (modifier keys, `target`), downloads, and links
 * to other sites or other schemes (`tel:`, `mailto:`).
 */
export function replacementForLink(click: LinkClick, current: string): string | null {
  if (click.button !== 0 || click.ctrlKey || click.shiftKey || click.altKey || click.metaKey) return null;
  if (click.download || (click.target && click.target !== '_self')) return null;
  let url: URL;
  try {
    url = new URL(click.href, current);
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

/** What the decision needs to know about a form being submitted. */
export interface FormSubmit {
  /** The resolved `action` URL (`form.action`). */
  action: string;
  method: string;
  target?: string | null;
  /** The submitted fields, in order, as `new FormData(form, submitter)` gives them. */
  fields: [string, string][];
}

/** The URL to `location.replace` for a same-site GET form, or `null` to let the browser submit it. */
export function replacementForForm(form: FormSubmit, current: string): string | null {
  if (form.method.toLowerCase() !== 'get' || (form.target && form.target !== '_self')) return null;
  const url = new URL(form.action, current);
  if (url.origin !== new URL(current).origin) return null;
  // A GET submission replaces the query of the action URL with the fields, as the browser would.
  url.search = new URLSearchParams(form.fields).toString();
  return url.href;
}

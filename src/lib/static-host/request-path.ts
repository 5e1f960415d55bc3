/**
 * How the local static host reads a request target. Kept pure so the rules that make a local server safe
 * to run are tested on their own: a request never reaches a file outside the served folder (whatever it
 * encodes), a redirect never names another host, and a malformed escape is an answer, not a crash.
 */
export type RequestPath =
  /** A path below the base: its decoded segments, and whether it ended in a slash. */
  | { kind: 'path'; segments: string[]; directory: boolean; query: string }
  /** Not below the base path the site is served from. */
  | { kind: 'outside-base' }
  /** Not a path, or an escape that does not decode (`/%E0%A4%A`): 400. */
  | { kind: 'malformed' }
  /** Decodes to `.` or `..` segments, a backslash or a NUL: refused (403), never resolved. */
  | { kind: 'forbidden' };

const segmentsOf = (path: string) => path.split('/').filter(Boolean);

export function requestPath(target: string, base: string): RequestPath {
  // Only origin-form targets ("/path?query"); "//host/x" is a path here, never a host.
  if (!target.startsWith('/')) return { kind: 'malformed' };
  const queryAt = target.indexOf('?');
  const raw = queryAt < 0 ? target : target.slice(0, queryAt);
  const query = queryAt < 0 ? '' : target.slice(queryAt);
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { kind: 'malformed' };
  }
  // Browsers resolve literal dot segments before sending, so any left after decoding were smuggled in.
  if (/[\0\\]/.test(decoded)) return { kind: 'forbidden' };
  const segments = segmentsOf(decoded);
  if (segments.some((segment) => segment === '.' || segment === '..')) return { kind: 'forbidden' };
  const baseSegments = segmentsOf(base);
  if (baseSegments.some((segment, index) => segments[index] !== segment)) return { kind: 'outside-base' };
  return { kind: 'path', segments: segments.slice(baseSegments.length), directory: decoded.endsWith('/'), query };
}

/**
 * A same-host address for a redirect: one leading slash and every segment escaped, so no input can turn it
 * into `//other.host/` (which a browser would follow to that host).
 */
export function localHref(segments: string[], directory: boolean, query = ''): string {
  const path = segments.filter(Boolean).map(encodeURIComponent).join('/');
  return `/${path}${directory && path ? '/' : ''}${query}`;
}

/** The encoding to send for an Accept-Encoding header: brotli, then gzip, as hosts and CDNs do. */
export function preferredEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, ...params]) => !params.some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param)))
      .map(([name]) => name.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

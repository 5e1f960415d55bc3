/**
 * Reads the `_headers` format of Netlify and Cloudflare Pages: a path pattern on its own line, then
 * indented `Name: value` lines. Used by the local server so tests see the headers a host would send.
 */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: header line outside a path block: ${line.trim()}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(path);
}

/** The headers for a path; a later rule overrides an earlier one for the same header name. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (matches(rule.pattern, path)) for (const [name, value] of rule.headers) result[name] = value;
  }
  return result;
}

/**
 * The same file for a site served under a base path: every path pattern gets the base in front, so the
 * rules match the addresses the host serves (`/*` becomes `/signaal/*`). Absolute URL patterns stay.
 */
export function headersWithBase(text: string, base: string): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`;
  if (prefix === '/') return text;
  return text
    .split('\n')
    .map((line) => (/^\//.test(line) ? `${prefix}${line}` : line))
    .join('\n');
}

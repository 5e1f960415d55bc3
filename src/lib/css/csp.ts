import { createHash } from 'node:crypto';

/** The CSP source for a script or style text: `'sha256-…'`, as browsers compute it over the element's text. */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

/**
 * A policy whose `script-src` and `style-src` list exactly the given hashes next to their other sources
 * (`'self'`, `'wasm-unsafe-eval'`). A policy without one of the two directives is an error: the page would
 * then fall back to `default-src` and block every inline element.
 */
export function policyWithHashes(policy: string, hashes: Record<'script-src' | 'style-src', readonly string[]>): string {
  const found = new Set<string>();
  const directives = policy.split(';').map((directive) => {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name !== 'script-src' && name !== 'style-src') return directive;
    found.add(name);
    const kept = sources.filter((source) => !isHash(source));
    const indent = /^\s*/.exec(directive)?.[0] ?? '';
    return `${indent}${[name, ...kept, ...new Set(hashes[name])].join(' ')}`;
  });
  for (const name of ['script-src', 'style-src'] as const) {
    if (!found.has(name)) throw new Error(`The Content-Security-Policy has no ${name}: ${policy}`);
  }
  return directives.join(';');
}

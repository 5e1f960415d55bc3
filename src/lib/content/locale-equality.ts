import type { z } from 'astro/zod';
import { text } from '../schemas';

/**
 * What must be equal in the nl, en and uk file of an entry: every field that is not translated text.
 * The schema says which fields are text (built from `text`); everything else (numbers, dates, codes,
 * enums, references, and how many items a list has) is compared. References name an entry of their own
 * locale (`nl/sexual`, `en/sexual`), so they are compared by the slug without the locale.
 */
export const TEXT = '‹text›';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const withoutLocale = (value: string) => value.replace(/^(nl|en|uk)\//, '');

/** The front matter with every text replaced by a marker, so what remains must be the same in each locale. */
export function invariantView(schema: z.ZodType, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  if (schema === text) return TEXT;
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return invariantView(def.innerType!, value);
    case 'pipe':
      return invariantView(def.in!, value);
    case 'object':
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([key, v]) => [key, def.shape![key] ? invariantView(def.shape![key], v) : v]),
      );
    case 'array':
      return Array.isArray(value) ? value.map((v) => invariantView(def.element!, v)) : value;
    case 'union': {
      const option = def.options!.find((o) => (defOf(o).type === 'object') === (typeof value === 'object'));
      return option ? invariantView(option, value) : value;
    }
    case 'string':
      return typeof value === 'string' ? withoutLocale(value) : value;
    default:
      return value;
  }
}

export interface Difference {
  field: string;
  a: unknown;
  b: unknown;
}

const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

/** The first-level differences between two invariant views, each with its field path. */
export function differences(a: unknown, b: unknown, path: string[] = []): Difference[] {
  const field = path.join('.') || '(front matter)';
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      const bothText = [...a, ...b].every((v) => v === TEXT);
      return [{ field: bothText ? `${field} (number of items)` : field, a: bothText ? a.length : a, b: bothText ? b.length : b }];
    }
    return a.flatMap((v, i) => differences(v, b[i], [...path, String(i)]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...path, key]));
  }
  if (a === TEXT && b === TEXT) return [];
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ field, a, b }];
}

export const describeDifference = (d: Difference) => `${show(d.a)} here, ${show(d.b)} there`;

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.html` file below `dir`, sorted, so the steps that rewrite built pages work in the same order each build. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
    });
}

import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * With `build.format: 'directory'` Astro writes only the root `/404` page as `404.html`; `src/pages/en/404.astro`
 * would become `en/404/index.html`. Static hosts (and scripts/serve.ts) look for `<locale>/404.html`,
 * so this moves each locale's page there after the build.
 */
export function moveLocalized404(outDir: string, locales: readonly string[]): string[] {
  const moved: string[] = [];
  for (const locale of locales) {
    const from = join(outDir, locale, '404', 'index.html');
    if (!existsSync(from)) continue;
    const to = join(outDir, locale, '404.html');
    renameSync(from, to);
    rmdirSync(join(outDir, locale, '404'));
    moved.push(to);
  }
  return moved;
}

export default function localized404(locales: readonly string[]): AstroIntegration {
  return {
    name: 'signaal:localized-404',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        for (const file of moveLocalized404(fileURLToPath(dir), locales)) logger.info(`moved to ${file}`);
      },
    },
  };
}

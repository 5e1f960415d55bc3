import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Lets Node load the downloads code outside Vite (the downloads worker, the downloads benchmark): Node runs
 * its TypeScript as it is (type stripping), and this hook resolves the relative imports that leave out `.ts`,
 * as they may for Vite.
 */
export function allowImportsWithoutExtension(): void {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (/^\.{1,2}\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier) && context.parentURL) {
        const found = [`${specifier}.ts`, `${specifier}/index.ts`].map((candidate) => new URL(candidate, context.parentURL)).find((url) => existsSync(fileURLToPath(url)));
        if (found) return nextResolve(found.href, context);
      }
      return nextResolve(specifier, context);
    },
  });
}

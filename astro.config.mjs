// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import basePathHeaders from './src/integrations/base-path-headers.ts';
import localized404 from './src/integrations/localized-404.ts';

const site = process.env.SITE_URL ?? 'https://signaal.example.org';
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Authors write the typography of their language („…”, “…”, «…»); SmartyPants would turn every quote English.
  integrations: [
    mdx({ smartypants: false }),
    sitemap({
      i18n: { defaultLocale: 'nl', locales: { nl: 'nl', en: 'en', uk: 'uk' } },
      filter: (page) => !/\/404\/?$/.test(page),
    }),
    // Astro writes only the root 404 as 404.html; this moves en/404/index.html to en/404.html (and uk).
    localized404(['en', 'uk']),
    basePathHeaders(),
  ],
  devToolbar: { enabled: false },
  security: {
    // Astro hashes every script and style it emits into a per-page <meta> policy; public/_headers adds the
    // directives a meta policy cannot carry (frame-ancestors). Pagefind compiles WebAssembly.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        'upgrade-insecure-requests',
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: { plugins: [tailwindcss()] },
});

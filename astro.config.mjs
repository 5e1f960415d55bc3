// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import basePathHeaders from './src/integrations/base-path-headers.ts';
import localized404 from './src/integrations/localized-404.ts';
import contentCheck from './src/integrations/content-check.ts';
import { mdxSafety } from './src/lib/content/mdx-safety.ts';
import { telLinksPlugin } from './src/lib/help/tel-links-plugin.ts';
import publicAddressNotice from './src/integrations/public-address.ts';
import pageCss from './src/integrations/page-css.ts';
import fonts from './src/integrations/fonts.ts';
import scriptPriority from './src/integrations/script-priority.ts';
import { enhancementScripts } from './src/lib/script-priority.ts';
import { placeholderSite } from './src/lib/site.ts';

// Without SITE_URL the build has no public address: see publicAddress() in src/lib/site.ts.
const site = process.env.SITE_URL || placeholderSite;
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? './dist';
// Astro inlines every small script into the page. The scripts of the lesson pack's in-page menu, quiz and print
// button are files instead: they belong to the heaviest pages, whose first round trip they would fill, and one
// cached file then serves every lesson pack (and, at low priority, never delays its first paint: scriptPriority).
// Anything else keeps Vite's rule (undefined: inline under 4 kB).

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Authors write the typography of their language („…”, “…”, «…»); SmartyPants would turn every quote English.
  integrations: [
    // First, so that a content mistake stops the build with the file, line and field named.
    contentCheck(),
    mdx({ smartypants: false }),
    sitemap({
      i18n: { defaultLocale: 'nl', locales: { nl: 'nl', en: 'en', uk: 'uk' } },
      filter: (page) => !/\/404\/?$/.test(page),
    }),
    // Astro writes only the root 404 as 404.html; this moves en/404/index.html to en/404.html (and uk).
    localized404(['en', 'uk']),
    publicAddressNotice(),
    basePathHeaders(),
    scriptPriority(),
    // Before page-css, which then keeps on each page the @font-face rules of the subsets its text needs.
    fonts(),
    // Last, so that it reads the pages where they end up.
    pageCss(),
  ],
  // Page text may not carry scripts, frames, forms, meta refreshes or javascript: links (src/lib/content/mdx-safety.ts);
  // help numbers an editor writes in a body become tel: links. MDX inherits this processor.
  markdown: { processor: satteri({ mdastPlugins: [mdxSafety], hastPlugins: [telLinksPlugin], features: { smartPunctuation: false } }) },
  devToolbar: { enabled: false },
  // A rebuild copies an entry page from the previous build when its cacheKey (src/lib/page-keys/) and its code
  // are unchanged; `astro build --force` renders every page again.
  experimental: { incrementalBuild: true },
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
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: (file) => (enhancementScripts.test(file) ? false : undefined) } },
});

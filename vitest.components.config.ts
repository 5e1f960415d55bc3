import { getViteConfig } from 'astro/config';

// Component tests render .astro components with Astro's container API, which needs Astro's Vite plugins: a
// config of their own, so the plain unit tests (vitest.config.ts) keep starting without Astro.
export default getViteConfig({
  test: {
    include: ['tests/components/**/*.test.ts'],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Component tests need Astro's Vite plugins: vitest.components.config.ts runs them.
    exclude: ['tests/components/**', 'node_modules/**'],
    // Vitest's default in a single run is one worker fewer than the cores: on the 2-core CI machine one worker,
    // so the files ran one after another while the main process, which only collects results, left a core idle.
    maxWorkers: '100%',
  },
});

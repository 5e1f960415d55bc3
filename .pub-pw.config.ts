import base from './playwright.config.ts';
import { defineConfig } from '@playwright/test';
export default defineConfig({
  ...base,
  testDir: '/work/main/tests/e2e',
  outputDir: '/tmp/pub-test-results',
  use: { ...base.use, baseURL: 'http://localhost:4392' },
  webServer: { command: 'node scripts/serve.ts --port 4392 --dir /tmp/pub-dist', url: 'http://localhost:4392/', reuseExistingServer: false, cwd: '/work/main' },
});

import { defineConfig } from '@playwright/test';

const port = Number(process.env.PORT ?? 4322);
const dist = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // axe and layout run in Chromium's renderer while the runner waits on it: one worker per core keeps every
  // core busy (Playwright's default is half of them). `--workers` still overrides.
  workers: '100%',
  forbidOnly: !!process.env.CI,
  // A JSON report too when a file is named for it (scripts/bench-tests.ts reads the time of each spec file).
  reporter: [[process.env.CI ? 'line' : 'list'], ...(process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [['json'] as const] : [])],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node scripts/serve.ts --port ${port} --dir ${dist}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
  },
});

import { defineConfig } from '@playwright/test';

// End-to-end tests in Debian's Chromium (Playwright cannot download its own browser offline).
// The renderer tests serve dist/web themselves (test/e2e/support/fixtures.ts); global-setup builds it when stale.
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-output/playwright',
  reporter: 'list',
  globalSetup: './test/e2e/support/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 2,
  use: {
    browserName: 'chromium',
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});

import { defineConfig } from '@playwright/test';

// Browser tests run against the built site served by `astro preview` on 127.0.0.1, in Debian's
// Chromium (Playwright cannot download its own browser on these machines). `npm test` builds first.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// PW_PORT lets several checkouts run their browser tests side by side (one preview server each).
const port = Number(process.env.PW_PORT ?? 4321);

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.test.ts',
  fullyParallel: true,
  workers: 2,
  // The main-thread budgets time pages: they run last, one at a time, so that no other browser
  // test shares the two cores with the page being measured (beside another test, the French
  // 2,000-user runbook measured 3.1-3.3 s to quiet against 3 s; alone, within it every time).
  projects: [
    { name: 'pages', testIgnore: '**/main-thread.test.ts' },
    { name: 'main thread', testMatch: '**/main-thread.test.ts', dependencies: ['pages'], fullyParallel: false },
  ],
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
  },
  webServer: {
    // Through scripts/astro.mjs, which turns Astro's telemetry off (no outside contact in tests).
    command: `node scripts/astro.mjs preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

import { defineConfig, devices } from '@playwright/test';
import { E2E_PORT, NODEMO_ORIGIN } from './e2e/env';
import { chromiumExecutable } from './scripts/browser-check';

/**
 * Browser tests against a production build (`next build && next start` through scripts/start.ts)
 * on a fresh, freshly seeded SQLite file, driving Debian's chromium.
 */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // CI keeps only what the run prints, so it records no traces (recording every test costs time).
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    {
      name: 'chromium',
      dependencies: ['setup'],
      testIgnore: /first-run/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 } },
    },
    // The installation started with SAIMA_DEMO=0 (second server): a district's first run.
    {
      name: 'no-demo',
      dependencies: ['setup'],
      testMatch: /first-run.*\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 }, baseURL: NODEMO_ORIGIN },
    },
  ],
  // Started one after the other: the first builds, the second finds the build current.
  webServer: [
    {
      command: `tsx e2e/server.ts`,
      url: `http://127.0.0.1:${E2E_PORT}/`,
      timeout: 600_000, // includes `next build` on a clean checkout
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `tsx e2e/server.ts --no-demo`,
      url: `${NODEMO_ORIGIN}/login`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});

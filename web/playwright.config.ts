import { defineConfig } from '@playwright/test';

// Runs against a real server that is already up (CG_BASE_URL), signing in with the accounts
// named by CG_E2E_* (see README.md), with Debian's Chromium: no browser download. The tests
// share one database, so they run one at a time.
//
// The admin has no second factor at first: the `admin-enrolment` project sets it up and saves
// the secret and recovery codes under test-results/.auth/; the other specs depend on it.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  globalSetup: './e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // A TOTP code may have to wait for the next 30-second step.
  timeout: 120_000,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  projects: [
    { name: 'admin-enrolment', testMatch: 'admin-enrolment.spec.ts' },
    { name: 'app', testIgnore: 'admin-enrolment.spec.ts', dependencies: ['admin-enrolment'] },
  ],
  use: {
    baseURL: process.env.CG_BASE_URL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
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
  },
});

import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/fixtures/chromium';
import { landscape } from './tests/fixtures/screenProfiles';

// E2E runs in Debian's Chromium (never a downloaded browser) against the built kiosk in browser
// mode with the real reference central API. The 'electron' project runs only where a binary exists.
export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Three on the build machines' two cores: each test waits on its kiosk's start, scans and timers.
  workers: 3,
  // A missing baseline fails in CI; locally it is written for review.
  updateSnapshots: process.env.CI ? 'none' : 'missing',
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  // Pixel baselines sit beside the specs, one folder per spec, named after the screen and state.
  snapshotPathTemplate: '{testDir}/__screens__/{testFilePath}/{arg}{ext}',
  use: {
    launchOptions: chromiumLaunchOptions(),
    // A touch terminal: the landscape kiosk profile, touch events, taps.
    viewport: landscape.viewport,
    hasTouch: true,
    locale: 'fr-FR',
    // A trace records every action of every test and is thrown away when it passes: 15 % of the
    // suite's CPU time (measured side by side). CI keeps no trace to read, so it records none.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  projects: [
    { name: 'e2e', testDir: 'tests/e2e', testMatch: '**/*.spec.ts' },
    { name: 'electron', testDir: 'tests/electron', testMatch: '**/*.spec.ts' },
  ],
});

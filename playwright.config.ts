import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// The system Chromium: nothing here downloads a browser. A missing browser is an
// error, never a skip.
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(`No Chromium at ${executablePath}. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.`);
}

// The port of the server these tests start: PORT, as for npm start (default 4173).
const port = Number(process.env.PORT || 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    trace: 'off',
  },
  projects: [
    { name: 'journeys', testIgnore: /timing\.spec\.ts$/ },
    // Timing on a quiet machine: after every other test, alone.
    { name: 'timing', testMatch: /timing\.spec\.ts$/, dependencies: ['journeys'] },
  ],
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(port), HOST: '127.0.0.1' },
    url: `http://127.0.0.1:${port}/`,
    // Never test whatever else answers on the port: a busy port is an error, not a server to reuse.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});

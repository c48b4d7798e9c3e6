import { defineConfig, devices } from '@playwright/test';
import { FIXTURE_PORT, FIXTURE_REFUSED_PORT, PGLITE_PORT, POSTGRES_PORT } from './e2e/ports';

// scripts/test.mjs resolves Chromium (installing Debian's package when it can) and passes its path.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const withPostgres = Boolean(process.env.DATABASE_URL);

const server = (kind: 'pglite' | 'postgres', port: number) => ({
  command: `node scripts/e2e-server.mjs ${kind} ${port}`,
  url: `http://127.0.0.1:${port}/api/health`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: 'pipe' as const,
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
  // The fixture site stands in for the web: only it may be fetched despite being a loopback address.
  env: { FETCH_ALLOW_HOSTS: `127.0.0.1:${FIXTURE_PORT}` },
});

const fixtureSite = {
  command: `node e2e/fixture-site/server.mjs ${FIXTURE_PORT} ${FIXTURE_REFUSED_PORT}`,
  url: `http://127.0.0.1:${FIXTURE_PORT}/__requests`,
  reuseExistingServer: false,
  timeout: 10_000,
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'pglite', use: { baseURL: `http://127.0.0.1:${PGLITE_PORT}` } },
    ...(withPostgres
      ? [{ name: 'postgres', testMatch: /api\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${POSTGRES_PORT}` } }]
      : []),
  ],
  webServer: [fixtureSite, server('pglite', PGLITE_PORT), ...(withPostgres ? [server('postgres', POSTGRES_PORT)] : [])],
});

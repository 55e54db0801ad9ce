import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { e2eDatabaseUrl } from './tests/e2e/servers';
import { filesToLeaveOut } from './tests/support/requirements';

// Browser tests that start servers of their own (tests/support/requirements.ts).
const leftOut = filesToLeaveOut(
  {
    'instances.spec.ts': ['a real PostgreSQL (DATABASE_URL)', 'nginx'],
    'outage.spec.ts': ['nginx', 'PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup)'],
  },
  'playwright',
);

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

// Browser downloads are not possible everywhere: prefer the system Chromium when present.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

// A second app, as a new district installs it: demo off, empty database, first-run setup link
// in its data directory (tests/e2e/new-district.spec.ts).
const DISTRICT_PORT = PORT + 1;
const districtEnv: Record<string, string> = {
  PORT: String(DISTRICT_PORT),
  NORTHSTAR_DATA_DIR: '.data/e2e-district',
  NORTHSTAR_DEMO: '0',
  NEXTAUTH_URL: `http://localhost:${DISTRICT_PORT}`,
  // A real deployment must name its own session key (npm start refuses otherwise).
  NEXTAUTH_SECRET: 'e2e-district-session-key-not-secret',
};
const districtDb = e2eDatabaseUrl('_e2e_district');
if (districtDb) districtEnv.DATABASE_URL = districtDb;

const serverEnv: Record<string, string> = {
  PORT: String(PORT),
  NORTHSTAR_DATA_DIR: '.data/e2e',
  NORTHSTAR_DEMO: '1',
  NEXTAUTH_URL: baseURL,
};
const e2eDb = e2eDatabaseUrl();
if (e2eDb) serverEnv.DATABASE_URL = e2eDb;

export default defineConfig({
  testDir: 'tests/e2e',
  testIgnore: leftOut.map((file) => `**/${file}`),
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        }
      : {},
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      dependencies: ['setup'],
    },
  ],
  // Playwright starts these one after another, each once the one before answers its url: the
  // first builds .next, so the second finds the build current and only starts (no second build).
  webServer: [
    {
      command: 'npx tsx scripts/serve.ts --fresh',
      url: `${baseURL}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      env: serverEnv,
    },
    {
      command: 'npx tsx scripts/serve.ts --fresh',
      url: `http://localhost:${DISTRICT_PORT}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      env: districtEnv,
    },
  ],
});

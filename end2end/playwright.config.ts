import { defineConfig } from '@playwright/test';
import * as os from 'os';
import * as path from 'path';

// The server under test: the debug build against a fresh SQLite database, serving the release
// frontend from target/site. The first admin is created from ADMIN_EMAIL/ADMIN_PASSWORD.
const port = Number(process.env.E2E_PORT ?? 3997);
export const dataDir = path.join(os.tmpdir(), `account-settings-e2e-${port}`);
export const admin = { email: 'admin@e2e.test', password: 'E2e!Passw0rd' };

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A failed test leaves its trace (end2end/test-results/…/trace.zip) for
    // `npx playwright show-trace`; passing tests keep nothing.
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `rm -rf ${dataDir} && exec ../target/debug/server serve`,
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      BIND: `127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      SITE_DIR: path.resolve(__dirname, '../target/site'),
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      RUST_LOG: 'warn',
    },
  },
});

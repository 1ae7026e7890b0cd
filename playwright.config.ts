import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4178);

// The test server gets an embedded database of its own, so tests never touch (or lock) a developer's .data/.
// Made once in the main process; the workers inherit the variable instead of making folders of their own.
process.env.CIVIC_TEST_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'civic-notebook-test-'));
const dataDir = join(process.env.CIVIC_TEST_DATA_DIR, 'pglite');
/** Environment of the test server. */
export const serverEnv = { DATA_DIR: dataDir };

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
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
    viewport: { width: 1280, height: 800 },
  },
  webServer: {
    // The tests' offices and staff (test/e2e/accounts.ts) are written into the fresh database first.
    command: `node --import tsx test/e2e/seed-accounts.ts "${dataDir}" && node scripts/serve-web.mjs --port ${port} --no-build`,
    url: `http://127.0.0.1:${port}/health`,
    reuseExistingServer: false,
    env: { ...serverEnv, TSX_TSCONFIG_PATH: join(import.meta.dirname, 'test', 'tsconfig.json') },
    timeout: 60_000,
  },
});

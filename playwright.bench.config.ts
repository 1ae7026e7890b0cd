import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import base, { serverEnv } from './playwright.config';

const port = Number(process.env.BENCH_PORT ?? 4179);

/** Benchmarks: the production web build in real Chromium, seeded by an injected script; they print figures. */
export default defineConfig({
  ...base,
  testDir: 'test/bench',
  testMatch: '**/*.bench.ts',
  timeout: 15 * 60_000,
  // bypassCSP: the seeder script is injected inline, which the app's strict CSP would (rightly) refuse.
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}`, bypassCSP: true },
  webServer: {
    // The browser tests' accounts too (test/e2e/accounts.ts): the history import bench signs in as an admin.
    command: `node --import tsx test/e2e/seed-accounts.ts "${serverEnv.DATA_DIR}" && node scripts/serve-web.mjs --port ${port} --no-build`,
    url: `http://127.0.0.1:${port}/health`,
    reuseExistingServer: false,
    env: { ...serverEnv, TSX_TSCONFIG_PATH: join(import.meta.dirname, 'test', 'tsconfig.json') },
    // Seeding hashes each account's password: slow on a busy machine.
    timeout: 180_000,
  },
});

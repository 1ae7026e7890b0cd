import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// test/bench/sync-fixtures.ts starts the server on the same port, from the same variable.
const port = Number(process.env.SYNC_BENCH_PORT ?? 4191);

/**
 * Sync benchmarks: the production web build in real Chromium against an office server of their own, seeded
 * before it starts (test/bench/sync-server.ts, a worker fixture: Playwright's webServer would start before
 * anything could seed its database). They print figures.
 */
export default defineConfig({
  ...base,
  testDir: 'test/bench',
  testMatch: '**/*.sync-bench.ts',
  timeout: 30 * 60_000,
  // A first sync of 100,000 concerns is slow by nature; the figures say so, Playwright need not.
  reportSlowTests: null,
  // bypassCSP: the bench script is injected inline, which the app's strict CSP would (rightly) refuse.
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}`, bypassCSP: true },
  webServer: undefined,
});

/**
 * What the sync benchmarks share: the seeded office server (one per Playwright worker, started before the first
 * sync bench and stopped after the last), signing in, and printing single figures the way stats.ts prints
 * timings. Sizes and ports come from the environment:
 *   SYNC_BENCH_PORT (4191), SYNC_BENCH_SIZES ("10000,100000"), SYNC_BENCH_LIVE_CONCERNS (1000),
 *   SYNC_BENCH_STORAGE ("disk": each desk a new browser profile on disk, as a real desk has; "memory": usual
 *   Playwright contexts, whose IndexedDB lives in memory and is about twice as fast).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base, type APIRequestContext, type Browser, type BrowserContext, type BrowserType, type Page } from '@playwright/test';
import type { SeededOffice, SeededStaff } from './sync-seed';
import { startSyncBenchServer, type SyncBenchServer } from './sync-server';

/** The port of the bench's own server (playwright.bench-sync.config.ts reads the same variable). */
export const SYNC_BENCH_PORT = Number(process.env.SYNC_BENCH_PORT ?? 4191);
/** Office sizes for the first-sync bench. */
export const FIRST_SYNC_SIZES = (process.env.SYNC_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
/** Concerns the office of the latency bench already holds (its desks sync them first). */
const LIVE_CONCERNS = Number(process.env.SYNC_BENCH_LIVE_CONCERNS ?? 1000);
/** The office the latency bench signs two staff in to. */
export const LIVE_OFFICE = 'Live sync office';

/** The name of the office holding `size` concerns for the first-sync bench. */
export function firstSyncOffice(size: number): string {
  return `First sync office of ${size}`;
}

/** Whether desks keep their IndexedDB on disk (a browser profile of their own) or in memory. */
export const IS_ON_DISK = process.env.SYNC_BENCH_STORAGE !== 'memory';

/** The script built by vite.bench-sync.config.ts. */
export const PAGE_SCRIPT = 'dist/bench-sync/sync-bench-page.js';

/** The sync benches' test function: `server` is the seeded office server. */
export const test = base.extend<object, { server: SyncBenchServer }>({
  server: [
    // Depends on browserName only because Playwright wants a destructured first argument.
    async ({ browserName: _browserName }, use) => {
      const offices = [
        ...FIRST_SYNC_SIZES.map((size) => ({ name: firstSyncOffice(size), concerns: size, staff: 1 })),
        { name: LIVE_OFFICE, concerns: LIVE_CONCERNS, staff: 2 },
      ];
      const server = await startSyncBenchServer(SYNC_BENCH_PORT, offices);
      const total = offices.reduce((sum, o) => sum + o.concerns, 0);
      console.log(`bench server seeded with ${total.toLocaleString('en')} concerns in ${server.seedSeconds.toFixed(1)} s`);
      for (const office of server.offices) {
        console.log(`  ${office.name}: ${office.concerns.toLocaleString('en')} concerns in ${office.seedSeconds.toFixed(1)} s`);
      }
      try {
        await use(server);
      } finally {
        await server.stop();
      }
    },
    { scope: 'worker', timeout: 20 * 60_000 },
  ],
});

/** The seeded office called `name`. */
export function officeNamed(server: SyncBenchServer, name: string): SeededOffice {
  const office = server.offices.find((o) => o.name === name);
  if (office === undefined) throw new Error(`The bench server has no office "${name}"`);
  return office;
}

/** A desk with an empty database, and how to close it (and delete its profile). */
export interface Desk {
  readonly context: BrowserContext;
  readonly page: Page;
  dispose(): Promise<void>;
}

/** Opens a desk with an empty database: a new browser profile on disk, or a usual context (IS_ON_DISK). */
export async function openDesk(chromium: BrowserType, browser: Browser): Promise<Desk> {
  const { launchOptions, viewport } = test.info().project.use;
  // bypassCSP: the bench script is injected inline, which the app's strict CSP would (rightly) refuse.
  const options = { bypassCSP: true, viewport: viewport ?? null };
  if (!IS_ON_DISK) {
    const context = await browser.newContext(options);
    return { context, page: await context.newPage(), dispose: () => context.close() };
  }
  const profile = mkdtempSync(join(tmpdir(), 'civic-notebook-sync-desk-'));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, ...options });
  return {
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    async dispose() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs `member` in through POST /api/sessions (which also sets the session cookie); returns the token. */
export async function signIn(request: APIRequestContext, baseUrl: string, member: SeededStaff): Promise<string> {
  const response = await request.post(`${baseUrl}/api/sessions`, { data: { email: member.email, password: member.password } });
  expect(response.status(), await response.text()).toBe(201);
  const { token } = (await response.json()) as { token: string };
  return token;
}

/** Opens a page of the app's origin that runs no app code, with the bench script in it. */
export async function openBenchPage(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/health`);
  await page.addScriptTag({ path: PAGE_SCRIPT });
}

/** A target a figure is held to: met when actual <= limit; `shown` is how the target reads ("10 s"). */
export interface Target {
  readonly actual: number;
  readonly limit: number;
  readonly shown: string;
}

/** One printed line for a single measurement: "label  12.3 s (detail); target <= 10 s: meets". */
export function figureLine(label: string, figure: string, detail: string, target?: Target): string {
  const details = detail === '' ? '' : ` (${detail})`;
  const verdict = target === undefined ? '' : `; target <= ${target.shown}: ${target.actual <= target.limit ? 'meets' : 'MISSES'}`;
  return `${label.padEnd(34)} ${figure}${details}${verdict}`;
}

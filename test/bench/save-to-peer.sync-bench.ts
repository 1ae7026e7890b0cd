/**
 * From a save on one desk to the other desk showing it (issue 3): two desks (browser contexts, each with its
 * own empty database: sync-fixtures.ts openDesk) signed in as two staff of one office, both synced with the
 * real office server. Timestamps are taken inside the pages as epoch
 * milliseconds (performance.timeOrigin + now(): one clock, both pages on this machine), so Playwright's round
 * trips are not counted. Two measurements:
 *   - the app: Enter in desk A's quick capture until desk B's notebook shows the entry (a MutationObserver
 *     installed in B before A saves); the app connects by itself when it opens with a valid session cookie;
 *   - the engine alone: the app's createConcern on desk A until the concern is in desk B's database (a Dexie
 *     liveQuery in B), with the sync engine and HTTP transport running in pages that load no app code.
 * p50 and p95 are printed; nothing asserts on time. SYNC_BENCH_SAMPLES changes the number of saves (40).
 */
import { expect, type Browser, type BrowserType, type Page } from '@playwright/test';
import { summarize } from './stats';
import { LIVE_OFFICE, officeNamed, openBenchPage, openDesk, signIn, test, type Desk } from './sync-fixtures';
import type { SeededStaff } from './sync-seed';

const SAMPLES = Number(process.env.SYNC_BENCH_SAMPLES ?? 40);
/** A pause between saves, so each starts with both desks idle rather than mid-round. */
const PAUSE_MS = 300;

declare global {
  interface Window {
    benchArrival?: Promise<number>;
    benchEnterAt?: number;
  }
}

function latencyLine(label: string, samples: readonly number[]): string {
  const s = summarize(samples);
  return `${label.padEnd(34)} p50 ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (max ${s.max.toFixed(1)}, n=${s.n})`;
}

/** Desks A and B with empty databases, signed in (session cookie set) as the office's two staff. */
async function twoDesks(chromium: BrowserType, browser: Browser, baseUrl: string, members: readonly SeededStaff[]) {
  const desks: Desk[] = [];
  const dispose = () => Promise.all(desks.map((d) => d.dispose()));
  try {
    const signedIn: (Desk & { token: string })[] = [];
    for (const member of members) {
      const desk = await openDesk(chromium, browser);
      desks.push(desk);
      signedIn.push({ ...desk, token: await signIn(desk.context.request, baseUrl, member) });
    }
    const [a, b] = signedIn;
    if (a === undefined || b === undefined) throw new Error('Two staff are needed');
    return { a, b, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** Engine alone: milliseconds from createConcern on A until the concern is in B's database, per save. */
async function engineSamples(a: Page, b: Page): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const id = await a.evaluate(() => window.benchLiveNewId!());
    await b.evaluate((concernId) => {
      window.benchArrival = window.benchLiveWatch!(concernId);
    }, id);
    const savedAt = await a.evaluate(([concernId, n]) => window.benchLiveSave!(concernId, `Engine bench ${n}: streetlight out on Mill Lane`), [id, i] as const);
    const arrivedAt = await b.evaluate(() => window.benchArrival!);
    samples.push(arrivedAt - savedAt);
    await a.waitForTimeout(PAUSE_MS);
  }
  return samples;
}

/** Opens the app; whether it signed in by itself and finished its first sync (the status line says 'synced'). */
async function openSynced(page: Page, baseUrl: string): Promise<boolean> {
  await page.goto(`${baseUrl}/`);
  await expect(page.getByLabel('Quick capture')).toBeVisible();
  return page
    .locator('[data-sync-state="synced"]')
    .waitFor({ timeout: 60_000 })
    .then(
      () => true,
      () => false,
    );
}

/** The app: milliseconds from Enter in A's quick capture until B's notebook shows the entry, per save. */
async function appSamples(a: Page, b: Page): Promise<number[]> {
  const samples: number[] = [];
  const line = a.getByLabel('Quick capture');
  for (let i = 0; i < SAMPLES; i += 1) {
    const marker = `Peer${i}x${Date.now().toString(36)}`;
    await b.evaluate((text) => {
      // Only what was just added is looked at: scanning the whole page on every mutation would bill the
      // measuring to the app.
      const holds = (node: Node) =>
        node instanceof HTMLElement &&
        [node, ...node.querySelectorAll('[data-testid="entry"]')].some(
          (el) => el.matches('[data-testid="entry"]') && (el.textContent ?? '').includes(text),
        );
      window.benchArrival = new Promise<number>((resolve) => {
        const observer = new MutationObserver((records) => {
          if (records.some((r) => [...r.addedNodes].some(holds))) {
            observer.disconnect();
            resolve(performance.timeOrigin + performance.now());
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    }, marker);
    await a.evaluate(() => {
      window.addEventListener(
        'keydown',
        (e) => {
          if (e.key === 'Enter') window.benchEnterAt = performance.timeOrigin + performance.now();
        },
        { capture: true, once: true },
      );
    });
    await line.fill(`${marker} reports a streetlight out on Mill Lane`);
    await line.press('Enter');
    const arrivedAt = await b.evaluate(() => window.benchArrival!);
    const enteredAt = await a.evaluate(() => window.benchEnterAt!);
    samples.push(arrivedAt - enteredAt);
    await a.waitForTimeout(PAUSE_MS);
  }
  return samples;
}

test('save on one desk until the other desk shows it', async ({ playwright, browser, server }) => {
  const { members } = officeNamed(server, LIVE_OFFICE);
  const { baseUrl } = server;

  const engineDesks = await twoDesks(playwright.chromium, browser, baseUrl, members);
  let engine: number[];
  try {
    for (const d of [engineDesks.a, engineDesks.b]) {
      await openBenchPage(d.page, baseUrl);
      await d.page.evaluate((token) => window.benchLiveStart!(token), d.token);
    }
    engine = await engineSamples(engineDesks.a.page, engineDesks.b.page);
    for (const d of [engineDesks.a, engineDesks.b]) await d.page.evaluate(() => window.benchLiveStop!());
  } finally {
    await engineDesks.dispose();
  }

  const appDesks = await twoDesks(playwright.chromium, browser, baseUrl, members);
  let isConnected: boolean;
  let app: number[] = [];
  try {
    isConnected = (await openSynced(appDesks.a.page, baseUrl)) && (await openSynced(appDesks.b.page, baseUrl));
    if (isConnected) app = await appSamples(appDesks.a.page, appDesks.b.page);
  } finally {
    await appDesks.dispose();
  }

  console.log(
    [
      isConnected
        ? latencyLine('save on A to shown on B (app)', app)
        : `${'save on A to shown on B (app)'.padEnd(34)} not measured: the app did not sign in and sync by itself on opening`,
      latencyLine('  engine alone, A to B database', engine),
    ].join('\n'),
  );
});

/**
 * The meeting view's speed on a full desk (issue 6), in Chromium on the production build: a year of concerns in
 * IndexedDB (meeting-seed.ts; by default 100,000, of which about 10,000 in the last complete month, the month
 * the view opens on), the meeting opened with Alt+3 after a reload and a quiet spell, several times. Per run
 * (lib/meeting-probe.ts):
 *   - interactive after the worker returns: from the worker posting its result (copying it to the page
 *     included) until the dashboard has drawn its themes and answered a j (focus on the next theme, painted):
 *     target <= 1 s (median; p95 printed too), with where the time went (to the page, to the themes drawn, to
 *     the key answered);
 *   - the worker's own time: reading the months from IndexedDB and the engine, as the worker measured them;
 *   - the main thread meanwhile: the longest task and long animation frames while the worker runs (after the
 *     view's first frame), and the longest gap between frames: the page should stay responsive (<= 50 ms).
 * Figures are printed; nothing here asserts on time (the machine's load is not the app's fault), only that the
 * dashboard appears and answers. BENCH_MEETING_CONCERNS and BENCH_MEETING_RUNS change the sizes.
 *
 * The desk is a browser profile on disk, as a real desk's is (Chromium keeps a usual test context's IndexedDB in
 * memory, where writing and reading are several times slower than on disk: that would measure the wrong thing
 * and make seeding take most of an hour). BENCH_MEETING_PROFILE=<folder> keeps the seeded profile there and
 * reuses it on the next run when it holds the same count for the same month (seeding 100,000 takes minutes).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { build } from 'vite';
import { startMeetingProbe, type Busy, type MeetingProbe } from './lib/meeting-probe';
import type { MeetingSeedSummary } from './meeting-seed';
import { formatLine, summarize } from './stats';

const COUNT = Number(process.env.BENCH_MEETING_CONCERNS ?? 100_000);
const RUNS = Number(process.env.BENCH_MEETING_RUNS ?? 7);
const MONTHS = 12;
const ROOT = resolve(import.meta.dirname, '../..');
const SEED_SCRIPT = resolve(ROOT, 'dist/bench-meeting-seed/meeting-seed.js');

/** Builds meeting-seed.ts (with the app's own database code and the engine's generator) into one script. */
async function buildSeeder(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    resolve: { alias: { '@shared': resolve(ROOT, 'shared') } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: resolve(ROOT, 'dist/bench-meeting-seed'),
      emptyOutDir: true,
      lib: { entry: resolve(ROOT, 'test/bench/meeting-seed.ts'), formats: ['iife'], name: 'CivicNotebookMeetingSeed', fileName: () => 'meeting-seed.js' },
    },
  });
}

/**
 * Waits until the page's main thread has had no long task for 3 s (at most 2 minutes): after a reload the app
 * reads the whole desk for the review queue it keeps live, which is not the meeting's work; a desk opened for
 * the monthly meeting has been running for a while.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const started = performance.now();
        let lastBusy = started;
        const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (lastBusy = Math.max(lastBusy, e.startTime + e.duration))));
        observer.observe({ type: 'longtask', buffered: true });
        const check = () => {
          const now = performance.now();
          if (now - lastBusy < 3000 && now - started < 120_000) setTimeout(check, 200);
          else {
            observer.disconnect();
            done();
          }
        };
        check();
      }),
  );
}

/** One opening of the meeting, after a reload, from the notebook (the app settled first). */
async function openMeetingOnce(page: Page): Promise<MeetingProbe> {
  await page.goto('/');
  await page.getByLabel('Quick capture').waitFor();
  await page.locator('[data-testid="meeting-view"], .day-heading').first().waitFor();
  // Start from the notebook (the app may reopen the meeting), and let the app settle so the key is heard.
  for (let tries = 0; tries < 10; tries += 1) {
    await page.keyboard.press('Alt+1');
    await page.locator('.day-heading').waitFor();
    await page.waitForTimeout(500);
    if ((await page.getByTestId('meeting-view').count()) === 0) break;
  }
  await expect(page.getByTestId('meeting-view')).toHaveCount(0);
  await settle(page);
  await page.evaluate(startMeetingProbe);
  await page.waitForFunction(() => window.meetingProbe?.done === true, undefined, { timeout: 5 * 60_000, polling: 250 });
  const probe = await page.evaluate(() => window.meetingProbe as MeetingProbe);
  if (probe.problem !== undefined) throw new Error(probe.problem);
  return probe;
}

const longest = (list: readonly Busy[]): number => list.reduce((max, b) => Math.max(max, b.duration), 0);
const ms = (value: number): string => `${value.toFixed(0)} ms`;

/** What one run gives, in milliseconds. */
interface RunFigures {
  interactive: number;
  toPage: number;
  toThemes: number;
  toKey: number;
  worker: number;
  readMs: number;
  analyzeMs: number;
  concerns: number;
  cards: number;
  longestTaskDuring: number;
  longFramesDuring: number;
  longestFrameGapDuring: number;
  longestTaskAfter: number;
}

/** The run's figures from what the probe saw. */
function figuresOf(p: MeetingProbe): RunFigures {
  const { postedAt, receivedAt, renderedAt, answeredAt, timings } = p;
  if (postedAt === undefined || receivedAt === undefined || renderedAt === undefined || answeredAt === undefined || timings === undefined) {
    throw new Error(`the probe missed a step: ${JSON.stringify({ postedAt, receivedAt, renderedAt, answeredAt })}`);
  }
  // While the worker runs: from the view's first frame (mounting the view is the page's own work) to the post.
  const from = p.viewShownAt ?? p.start;
  const during = (b: Busy) => b.start >= from && b.start < postedAt;
  return {
    interactive: answeredAt - postedAt,
    toPage: receivedAt - postedAt,
    toThemes: renderedAt - receivedAt,
    toKey: answeredAt - renderedAt,
    worker: timings.readMs + timings.analyzeMs,
    readMs: timings.readMs,
    analyzeMs: timings.analyzeMs,
    concerns: timings.concerns,
    cards: p.cards ?? 0,
    longestTaskDuring: longest(p.longTasks.filter(during)),
    longFramesDuring: p.longFrames.filter(during).length,
    longestFrameGapDuring: p.frames.filter((f) => f.at > from && f.at - f.delta < postedAt).reduce((max, f) => Math.max(max, f.delta), 0),
    longestTaskAfter: longest(p.longTasks.filter((b) => b.start >= postedAt - 1)),
  };
}

/** Fills the desk, or finds it filled by an earlier run with the same count for the same month (kept profile). */
async function seedDesk(page: Page, profile: string): Promise<MeetingSeedSummary> {
  const marker = join(profile, 'meeting-bench-seed.json');
  await page.goto('/health');
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  if (existsSync(marker)) {
    const kept = JSON.parse(readFileSync(marker, 'utf8')) as MeetingSeedSummary & { count: number };
    if (kept.count === COUNT && kept.timeZone === timeZone && kept.period === (await lastMonthIn(page))) {
      console.log(`reusing the desk seeded earlier in ${profile}`);
      return kept;
    }
  }
  await buildSeeder();
  await page.addScriptTag({ path: SEED_SCRIPT });
  const seedStart = Date.now();
  const seeded = await page.evaluate(([n, m]) => window.seedMeeting!(n, m), [COUNT, MONTHS] as const);
  console.log(
    `seeded ${seeded.total.toLocaleString('en')} concerns over ${MONTHS} months, ${seeded.inPeriod.toLocaleString('en')} in ${seeded.period} (${seeded.timeZone}), ` +
      `in ${((Date.now() - seedStart) / 1000).toFixed(1)} s (rows made in ${(seeded.makeMs / 1000).toFixed(1)} s, written in ${(seeded.writeMs / 1000).toFixed(1)} s)`,
  );
  expect(seeded.total).toBeGreaterThanOrEqual(COUNT);
  writeFileSync(marker, JSON.stringify({ ...seeded, count: COUNT }));
  return seeded;
}

/** The month the meeting view opens on in the page's time zone ("YYYY-MM"), as the seeder computes it. */
function lastMonthIn(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit' }).formatToParts(new Date());
    const year = Number(parts.find((p) => p.type === 'year')?.value);
    const month = Number(parts.find((p) => p.type === 'month')?.value);
    return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
  });
}

test(`meeting view speed with ${COUNT.toLocaleString('en')} concerns over ${MONTHS} months`, async () => {
  test.setTimeout(60 * 60_000);
  const { launchOptions, viewport, baseURL } = test.info().project.use;
  const kept = process.env.BENCH_MEETING_PROFILE;
  const profile = kept ?? mkdtempSync(join(tmpdir(), 'civic-notebook-meeting-bench-'));
  mkdirSync(profile, { recursive: true });
  // bypassCSP: the seeder script is injected inline, which the app's strict CSP would (rightly) refuse.
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, viewport: viewport ?? null, baseURL, bypassCSP: true });
  try {
    await measure(context.pages()[0] ?? (await context.newPage()), profile);
  } finally {
    await context.close();
    if (kept === undefined) rmSync(profile, { recursive: true, force: true });
  }
});

/** Seeds (or reuses) the desk, opens the meeting RUNS times after a warm-up, and prints the figures. */
async function measure(page: Page, profile: string): Promise<void> {
  const seeded = await seedDesk(page, profile);

  // The web build's service worker takes over the page once installed; let it, so it cannot reload a page mid-run.
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker?.ready;
  });
  await openMeetingOnce(page); // warms the HTTP cache and the worker's script, as any day after the first
  const runs: RunFigures[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const run = figuresOf(await openMeetingOnce(page));
    runs.push(run);
    console.log(
      `  run ${i + 1}: interactive ${ms(run.interactive)} after the post (to the page ${ms(run.toPage)}, themes drawn ${ms(run.toThemes)}, j answered ${ms(run.toKey)}; ` +
        `${run.cards} cards); worker ${ms(run.worker)} (read ${ms(run.readMs)}, engine ${ms(run.analyzeMs)}, ${run.concerns.toLocaleString('en')} concerns); ` +
        `main thread meanwhile: longest task ${ms(run.longestTaskDuring)}, ${run.longFramesDuring} long frames, longest frame gap ${ms(run.longestFrameGapDuring)}; ` +
        `longest task after the post ${ms(run.longestTaskAfter)}`,
    );
  }
  const pick = (key: keyof RunFigures) => summarize(runs.map((r) => r[key]));
  console.log(`meeting view, ${seeded.inPeriod.toLocaleString('en')} concerns in the month of ${seeded.total.toLocaleString('en')}, ${RUNS} runs after a reload:`);
  console.log(formatLine('interactive after the worker posts', pick('interactive'), 1000, 'median'));
  console.log(formatLine('  of which: result to the page', pick('toPage'), 1000, 'median'));
  console.log(formatLine('  of which: to the themes drawn', pick('toThemes'), 1000, 'median'));
  console.log(formatLine('  of which: to j answered', pick('toKey'), 1000, 'median'));
  const worker = pick('worker');
  console.log(`${'worker: read and analyse'.padEnd(34)} median ${ms(worker.median)}, p95 ${ms(worker.p95)} (read ${ms(pick('readMs').median)}, engine ${ms(pick('analyzeMs').median)}; no target of its own: the Node bench's 5 s is the engine's)`);
  console.log(formatLine('main thread while the worker runs', pick('longestTaskDuring'), 50, 'p95').replace(' p95', ' longest task p95'));
  console.log(formatLine('frame gap while the worker runs', pick('longestFrameGapDuring'), 50, 'p95').replace(' p95', ' longest gap p95'));
  const interactive = pick('interactive');
  console.log(`verdict: interactive ${interactive.median <= 1000 ? 'meets' : 'MISSES'} the 1 s target (median ${ms(interactive.median)}, p95 ${ms(interactive.p95)})`);
}

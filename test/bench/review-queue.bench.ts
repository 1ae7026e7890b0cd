/**
 * The review queue's speed targets on a full desk (issue 5), measured in Chromium on the production build with
 * 100,000 concerns over 12 months in IndexedDB (review-seed.ts: most older ones resolved, a few percent high or
 * top, some flagged and assigned):
 *   - first render: from the Alt+2 that opens the queue until its rows are shown: <= 300 ms, measured twice: right
 *     after a reload (the desk may still be reading the queue it keeps live) and with the app running
 *   - a filter change (priority) and a sort change (a column header) until the table shows the result: p95 <= 150 ms
 *   - scrolling the table: frame times (requestAnimationFrame deltas) and long animation frames: none over 50 ms
 * Figures are printed; nothing here asserts on time (the machine's load is not the app's fault).
 * BENCH_CONCERNS and BENCH_SAMPLES change the sizes. The seeder is built here, with vite, into its own script.
 *
 * What it waits for: [data-testid="review-queue"] (the page), [data-testid="queue-row"] (a table row),
 * [data-testid="queue-count"] ("N of M shown"), the header button named "Logged at" and its th's aria-sort,
 * the "Priority" filter (a labelled select) and the table's scroll box (.queue-scroll).
 */
import { resolve } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { build } from 'vite';
import { formatLine, quantile, summarize } from './stats';


const COUNT = Number(process.env.BENCH_CONCERNS ?? 100_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const ROOT = resolve(import.meta.dirname, '../..');
const SEED_SCRIPT = resolve(ROOT, 'dist/bench-review-seed/review-seed.js');

/** Builds review-seed.ts (with the app's own database code) into one script a page can take. */
async function buildSeeder(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    resolve: { alias: { '@shared': resolve(ROOT, 'shared') } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: resolve(ROOT, 'dist/bench-review-seed'),
      emptyOutDir: true,
      lib: { entry: resolve(ROOT, 'test/bench/review-seed.ts'), formats: ['iife'], name: 'CivicNotebookReviewSeed', fileName: () => 'review-seed.js' },
    },
  });
}

/** What a timed step does in the page. */
type Step = { readonly act: 'openQueue' } | { readonly act: 'filter'; readonly value: string } | { readonly act: 'sort' };

interface BenchMarks {
  start: number;
  end?: number;
  before: string;
}

declare global {
  interface Window {
    benchMarks?: BenchMarks;
  }
}

/**
 * Milliseconds from `step`'s action until the table shows its result, checked on every animation frame (so
 * "shown" is what a frame would paint, at a frame's resolution). The clock starts in the page just before the
 * action. Playwright's waitForFunction re-checks from outside, so no page-side promise has to survive.
 */
async function timed(page: Page, step: Step): Promise<number> {
  await page.evaluate((s) => {
    const count = document.querySelector('[data-testid="queue-count"]')?.textContent ?? '';
    const sortOf = document.querySelector('th.queue-col-createdAt')?.getAttribute('aria-sort') ?? 'none';
    window.benchMarks = { start: performance.now(), before: s.act === 'filter' ? count : sortOf };
    if (s.act === 'openQueue') {
      // The app's shortcuts listen on window; Alt+2 is the "Review" view's key.
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '2', code: 'Digit2', altKey: true, bubbles: true }));
    } else if (s.act === 'filter') {
      const select = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Priority')?.control;
      if (select instanceof HTMLSelectElement) {
        select.value = s.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    } else {
      document.querySelector<HTMLButtonElement>('th.queue-col-createdAt button')?.click();
    }
  }, step);
  await page.waitForFunction(
    (s) => {
      const marks = window.benchMarks;
      if (marks === undefined) return false;
      // The header's aria-sort and the rows are committed together, so its change means the new order is in.
      const isDone =
        s.act === 'openQueue'
          ? document.querySelector('[data-testid="queue-row"]') !== null
          : s.act === 'filter'
            ? (document.querySelector('[data-testid="queue-count"]')?.textContent ?? '') !== marks.before
            : (document.querySelector('th.queue-col-createdAt')?.getAttribute('aria-sort') ?? 'none') !== marks.before;
      if (isDone) marks.end ??= performance.now();
      return isDone;
    },
    step,
    { polling: 'raf' },
  );
  return page.evaluate(() => (window.benchMarks?.end ?? Number.NaN) - (window.benchMarks?.start ?? 0));
}

/**
 * Milliseconds from Alt+2 until the queue's first row is in the page, after a reload and from the notebook.
 */
async function openQueueTimed(page: Page): Promise<number> {
  await page.goto('/');
  await page.getByLabel('Quick capture').waitFor();
  // Wait for the view the app reopens to be drawn, so Alt+1 is not pressed before the app listens for it.
  await page.locator('[data-testid="review-queue"], .day-heading').first().waitFor();
  // Start from the notebook, and make sure it stays shown (a page still settling must not swallow the key).
  for (let tries = 0; tries < 10; tries += 1) {
    await page.keyboard.press('Alt+1');
    await page.locator('.day-heading').waitFor();
    await page.waitForTimeout(300);
    if ((await page.getByTestId('review-queue').count()) === 0) break;
  }
  await expect(page.getByTestId('review-queue')).toHaveCount(0);
  return timed(page, { act: 'openQueue' });
}

/** Frame times while the table scrolls by `step` px each frame for `frames` frames, and long animation frames. */
async function scrollFrames(page: Page, frames: number, step: number): Promise<{ deltas: number[]; longFrames: number[] }> {
  return page.evaluate(
    ([n, px]) =>
      new Promise<{ deltas: number[]; longFrames: number[] }>((resolvePromise) => {
        const box = document.querySelector<HTMLElement>('.queue-scroll');
        const longFrames: number[] = [];
        let observer: PerformanceObserver | undefined;
        if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
          observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longFrames.push(entry.duration)));
          observer.observe({ type: 'long-animation-frame' });
        }
        const deltas: number[] = [];
        let last = 0;
        let left = n;
        let direction = 1;
        const frame = (time: number) => {
          if (last > 0) deltas.push(time - last);
          last = time;
          if (box !== null) {
            if (box.scrollTop + box.clientHeight >= box.scrollHeight - px) direction = -1;
            if (box.scrollTop <= 0) direction = 1;
            box.scrollTop += direction * px;
          }
          left -= 1;
          if (left > 0) requestAnimationFrame(frame);
          else {
            observer?.disconnect();
            resolvePromise({ deltas, longFrames });
          }
        };
        requestAnimationFrame(frame);
      }),
    [frames, step] as const,
  );
}

test(`review queue speed with ${COUNT.toLocaleString('en')} concerns`, async ({ page }) => {
  await buildSeeder();
  await page.goto('/health');
  await page.addScriptTag({ path: SEED_SCRIPT });
  const seedStart = Date.now();
  const seeded = await page.evaluate(([n, end]) => window.seedReviewQueue!(n, 365, end), [COUNT, Date.now()] as const);
  console.log(
    `seeded ${seeded.total.toLocaleString('en')} concerns over 365 days in ${((Date.now() - seedStart) / 1000).toFixed(1)} s: ` +
      `${seeded.open.toLocaleString('en')} open, ${seeded.assigned.toLocaleString('en')} assigned, ${seeded.openFlags} open flags`,
  );
  expect(seeded.total).toBeGreaterThanOrEqual(COUNT);

  // The web build's service worker takes over the page once installed; let it, so it cannot reload a page mid-step.
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker?.ready;
  });
  await openQueueTimed(page); // the first open warms the HTTP cache, as a desk does every morning after the first
  const opens: number[] = [];
  for (let i = 0; i < 8; i += 1) opens.push(await openQueueTimed(page));
  // The common case: the app has been open a while (a go-to person's desk keeps the queue live from the start,
  // queue-store.ts), and the queue is opened from the notebook.
  const reopens: number[] = [];
  for (let i = 0; i < 8; i += 1) {
    await page.keyboard.press('Alt+1');
    await page.locator('.day-heading').waitFor();
    await page.waitForTimeout(300);
    reopens.push(await timed(page, { act: 'openQueue' }));
  }
  const countText = (await page.getByTestId('queue-count').textContent()) ?? '';
  console.log(`queue: ${countText}`);
  expect(await page.getByTestId('queue-row').count()).toBeGreaterThan(0);

  const filters: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) filters.push(await timed(page, { act: 'filter', value: i % 2 === 0 ? 'top' : '' }));

  const sorts: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) sorts.push(await timed(page, { act: 'sort' }));

  const { deltas, longFrames } = await scrollFrames(page, 300, 240);

  console.log(formatLine('open the queue after a reload', summarize(opens), 300, 'median'));
  console.log(formatLine('open the queue, app running', summarize(reopens), 300, 'median'));
  console.log(formatLine('filter change to table shown', summarize(filters), 150));
  console.log(formatLine('sort change to table shown', summarize(sorts), 150));
  const worst = Math.max(...deltas);
  console.log(
    `${'scroll frame time'.padEnd(34)} max ${worst.toFixed(1)} ms, p95 ${quantile(deltas, 0.95).toFixed(1)} ms, median ${quantile(deltas, 0.5).toFixed(1)} ms (n=${deltas.length}); ` +
      `long animation frames: ${longFrames.length}${longFrames.length > 0 ? `, longest ${Math.max(...longFrames).toFixed(1)} ms` : ''}; target: none over 50 ms: ${worst <= 50 ? 'meets' : 'MISSES'}`,
  );
});

import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from '@playwright/test';
import type { TestAccount } from './accounts';

/** Opens the app and waits until the quick line is ready for typing. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByLabel('Quick capture')).toBeFocused();
}

/**
 * A desk of its own for `account`: a new browser context signed in to the test server, the app open and
 * synced. A facilitator is offered no quick line; the app may draw one for the moment before it knows who is
 * signed in, so for them the wait is for the line to be gone, never for it to have focus.
 */
export async function openDesk(browser: Browser, account: TestAccount, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  expect((await context.request.post('/api/sessions', { data: { email: account.email, password: account.password } })).status()).toBe(201);
  const page = await context.newPage();
  if (account.role === 'facilitator') {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    await expect(page.getByLabel('Quick capture')).toHaveCount(0);
  } else {
    await openApp(page);
  }
  await expect(page.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced', { timeout: 15_000 });
  return { context, page };
}

/** Types a line into the quick capture line and saves it with Enter, as counter staff do. */
export async function logConcern(page: Page, line: string): Promise<void> {
  const quick = page.getByLabel('Quick capture');
  await quick.fill(line);
  await quick.press('Enter');
  await expect(quick).toHaveValue('');
}

/** The notebook entry whose text contains `text`. */
export function entry(page: Page, text: string) {
  return page.getByTestId('entry').filter({ hasText: text });
}

/** Runs axe-core on the page and fails on any serious or critical violation, listing them. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
  ).toEqual([]);
}

/**
 * Presses Tab (Shift+Tab when `backwards`) until `target` has focus, as a keyboard user would; fails when it
 * is not reached within `maxPresses`, so a control left out of the tab order fails the test.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, maxPresses = 40 } = {}): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `not reached with ${maxPresses} presses of Tab`).toBeFocused({ timeout: 1 });
}

/** A stored draft as the tests read it straight from IndexedDB. */
export interface StoredDraft {
  readonly id: string;
  readonly kind: 'line' | 'form';
  readonly text: string;
  readonly form?: Record<string, unknown>;
}

/** The drafts table of the desk's database, read directly, so a test can wait for a draft to be written. */
export async function storedDrafts(page: Page): Promise<StoredDraft[]> {
  return page.evaluate(
    () =>
      new Promise<StoredDraft[]>((resolve, reject) => {
        const open = indexedDB.open('civic-notebook');
        open.onerror = () => reject(open.error ?? new Error('cannot open the database'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('drafts')) {
            db.close();
            resolve([]);
            return;
          }
          const read = db.transaction('drafts', 'readonly').objectStore('drafts').getAll();
          read.onerror = () => reject(read.error ?? new Error('cannot read drafts'));
          read.onsuccess = () => {
            db.close();
            resolve(read.result as StoredDraft[]);
          };
        };
      }),
  );
}

/** The page's main heading for the day or the search (the h2 of the notebook area). */
export function pageHeading(page: Page) {
  return page.locator('main').getByRole('heading', { level: 2 });
}

/**
 * Waits until every running CSS animation and transition has finished (a dialog fading in, an entry sliding
 * in), so checks that read colours, such as axe's contrast rule, see the settled page and not a frame of it.
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  });
}

/**
 * Go-to people on duty hear at once: Ana, on duty, gets a notification and an alert at the top of the app for
 * Ben's new top-priority concern; Open takes her to it for review; once she acknowledges it, the alert goes. Her own
 * top-priority concerns do not ring.
 */
import { expect, test, type Browser } from '@playwright/test';
import { ACCOUNTS, type TestAccount } from './accounts';
import { expectNoSeriousA11yViolations, logConcern, openApp, settleAnimations } from './support';

async function desk(browser: Browser, account: TestAccount) {
  const context = await browser.newContext();
  await context.grantPermissions(['notifications']);
  // Records the notifications the page shows (the browser build's way to reach staff outside the window).
  await context.addInitScript(() => {
    const shown: string[] = [];
    const objects: Notification[] = [];
    Object.assign(window, { shownNotifications: shown, notificationObjects: objects });
    const Real = window.Notification;
    class Recording extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        // Only duty notifications: an admin also hears of priority emails that failed (escalation-failure.e2e.ts),
        // which depends on the office settings earlier tests left.
        if (title !== 'Top-priority concern') return;
        shown.push(`${title}: ${options?.body ?? ''}`);
        objects.push(this);
      }
    }
    Object.defineProperty(window, 'Notification', { value: Recording });
  });
  expect((await context.request.post('/api/sessions', { data: { email: account.email, password: account.password } })).status()).toBe(201);
  const page = await context.newPage();
  await openApp(page);
  await expect(page.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced');
  return { context, page };
}

test('a go-to person on duty hears of a colleague’s top-priority concern at once', async ({ browser }) => {
  const ana = await desk(browser, ACCOUNTS.ana);
  const ben = await desk(browser, ACCOUNTS.ben);
  const stamp = Date.now().toString(36);

  // Ana goes on duty in Settings, by keyboard.
  await ana.page.keyboard.press('Control+,');
  const settings = ana.page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('On duty as a go-to person').check();
  await settings.getByRole('button', { name: 'Save' }).press('Enter');
  await expect(settings).toBeHidden();

  await logConcern(ana.page, `Ana's own urgent note ${stamp} !top`);
  await logConcern(ben.page, `Gas smell at the library ${stamp} !top`);
  await logConcern(ben.page, `Bench needs paint ${stamp}`);

  const alerts = ana.page.getByRole('region', { name: 'Top priority, waiting for a go-to person' });
  await expect(alerts.getByTestId('duty-alert')).toHaveCount(1, { timeout: 10_000 });
  await expect(alerts).toContainText(`Gas smell at the library ${stamp}`);
  await expect(alerts).toContainText(ACCOUNTS.ben.displayName);
  await expect
    .poll(() => ana.page.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications))
    .toEqual([`Top-priority concern: Gas smell at the library ${stamp} (logged by ${ACCOUNTS.ben.displayName})`]);
  await settleAnimations(ana.page);
  await expectNoSeriousA11yViolations(ana.page);

  // Clicking the notification opens the concern for review.
  const panel = ana.page.getByTestId('review-panel');
  await ana.page.evaluate(() => {
    const [notification] = (window as unknown as { notificationObjects: Notification[] }).notificationObjects;
    notification?.onclick?.(new Event('click'));
  });
  await expect(panel).toContainText(`Gas smell at the library ${stamp}`);
  await ana.page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  // So does Open in the alert; acknowledging it (the a key) ends the alert (for everyone on duty, once it syncs).
  await alerts.getByRole('button', { name: 'Open' }).press('Enter');
  await expect(panel).toContainText(`Gas smell at the library ${stamp}`);
  await ana.page.keyboard.press('a');
  const acknowledge = ana.page.getByRole('dialog', { name: 'Acknowledge' });
  await expect(acknowledge.locator(':focus')).toHaveCount(1);
  await ana.page.keyboard.press('Control+Enter');
  await expect(acknowledge).toBeHidden();
  await expect(alerts).toBeHidden();

  // A restart does not ring again.
  await ana.page.reload();
  await expect(ana.page.getByLabel('Quick capture')).toBeFocused();
  await expect.poll(() => ana.page.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications)).toEqual([]);
  await Promise.all([ana.context.close(), ben.context.close()]);
});

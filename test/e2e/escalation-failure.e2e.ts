/**
 * A priority email that fails for good reaches the people who can act on it: Ben (counter staff) makes two
 * concerns top priority while the office's mail server refuses everything (550), so their emails fail at once.
 * Ana (admin) gets one notification and one alert per failure, naming the concern and the mail server's reason;
 * she opens a concern by keyboard, and once the mail server takes mail again she resends its email from the
 * alert: the concern shows "sent" at both desks and the mail server got exactly one message. Ben gets no alert.
 * The citizen's acknowledgement shows on the concern the same way: sent to whom and when, or failed and why.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink-process';
import { ACCOUNTS, type TestAccount } from './accounts';
import { entry, expectNoSeriousA11yViolations, logConcern, openApp, settleAnimations, tabTo } from './support';

const PRIORITY_ADDRESS = 'urgent@riverside.example';
const ALERTS = 'Priority emails that failed';
let sink: SmtpSink;

test.beforeAll(async () => {
  sink = await startSmtpSink();
  await sink.setMode('permfail');
});
test.afterAll(async () => {
  await sink.kill();
});

/** A signed-in desk whose page records the notifications it shows. */
async function desk(browser: Browser, account: TestAccount) {
  const context = await browser.newContext();
  await context.grantPermissions(['notifications']);
  await context.addInitScript(() => {
    const shown: string[] = [];
    Object.assign(window, { shownNotifications: shown });
    const Real = window.Notification;
    class Recording extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        shown.push(`${title}: ${options?.body ?? ''}`);
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

/** The notifications the page showed about this run's concerns (earlier tests' failures ring too). */
const notifications = async (page: Page, stamp: string) =>
  (await page.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications)).filter((shown) => shown.includes(stamp));

/** Expands an entry and returns its priority email line. */
async function priorityEmail(page: Page, text: string) {
  const item = entry(page, text);
  await item.getByRole('button').first().click();
  return item.locator('.entry-escalation');
}

async function expectAccessibleInBothThemes(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await settleAnimations(page);
    await expectNoSeriousA11yViolations(page);
  }
}

test('a failed priority email alerts the admin, who resends it once the mail server is fixed; counter staff get no alert', async ({ browser }) => {
  const ana = await desk(browser, ACCOUNTS.ana);
  const ben = await desk(browser, ACCOUNTS.ben);
  const settings = await ana.context.request.put('/api/admin/office-settings', {
    data: { priorityAddresses: [PRIORITY_ADDRESS], smtp: { host: '127.0.0.1', port: sink.port, tls: 'none' }, includeContactDetails: false },
  });
  expect(settings.status(), await settings.text()).toBe(200);

  const stamp = Date.now().toString(36);
  const summary = `Gas leak at the primary school ${stamp}`;
  const other = `Fallen tree on Mill Road ${stamp}`;
  await logConcern(ben.page, `${summary} !top`);
  await logConcern(ben.page, `${other} !top`);
  const benLine = await priorityEmail(ben.page, summary);
  await expect(benLine).toHaveAttribute('data-escalation-state', 'failed', { timeout: 20_000 });
  await expect(benLine).toContainText('code 550');
  // Counter staff see the failure on the concern, without Resend.
  await expect(entry(ben.page, summary).getByRole('button', { name: /^Resend/ })).toHaveCount(0);

  // Ana hears of each: an alert naming the concern and why, and one notification per failure.
  const alerts = ana.page.getByRole('region', { name: ALERTS });
  await expect(alerts.getByTestId('failure-alert').filter({ hasText: stamp })).toHaveCount(2, { timeout: 20_000 });
  const alert = alerts.getByTestId('failure-alert').filter({ hasText: summary });
  await expect(alert).toContainText(`The priority email about “${summary}” failed: The mail server refused the email with code 550`);
  await expect
    .poll(async () => (await notifications(ana.page, stamp)).sort())
    .toEqual(
      [other, summary].map((about) => expect.stringMatching(new RegExp(`^Priority email failed: ${about}: The mail server refused the email with code 550`))),
    );
  await expectAccessibleInBothThemes(ana.page);

  // A restart shows the alert again but does not ring again.
  await ana.page.reload();
  await expect(ana.page.getByLabel('Quick capture')).toBeFocused();
  await expect(alerts.getByTestId('failure-alert').filter({ hasText: stamp })).toHaveCount(2);
  await expect.poll(() => notifications(ana.page, stamp)).toEqual([]);

  // She opens the concern by keyboard from the alert.
  const open = alert.getByRole('button', { name: `Open “${summary}”` });
  // Earlier tests' failures are listed too (newest first), so it may take many presses.
  await tabTo(ana.page, open, { backwards: true, maxPresses: 200 });
  await ana.page.keyboard.press('Enter');
  const panel = ana.page.getByTestId('review-panel');
  await expect(panel).toContainText(summary);
  await ana.page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  // Her desk offers Resend on the concern too.
  const anaLine = await priorityEmail(ana.page, summary);
  await expect(anaLine).toHaveAttribute('data-escalation-state', 'failed');
  await expect(anaLine.getByRole('button', { name: `Resend the priority email about ${summary}` })).toBeVisible();

  // The mail server is fixed; she resends from the alert, by keyboard.
  await sink.setMode('accept');
  const resend = alert.getByRole('button', { name: `Resend the priority email about ${summary}` });
  await tabTo(ana.page, resend, { backwards: true, maxPresses: 200 });
  await ana.page.keyboard.press('Enter');
  await expect(alert.getByRole('button', { name: `Dismiss the alert about ${summary}` })).toBeFocused();
  await expect(alert).toHaveAttribute('data-escalation-state', 'sent', { timeout: 20_000 });
  await expect(alert).toContainText(`Priority email sent to ${PRIORITY_ADDRESS}`);
  await expect(anaLine).toHaveAttribute('data-escalation-state', 'sent', { timeout: 20_000 });
  await expect(benLine).toHaveAttribute('data-escalation-state', 'sent', { timeout: 20_000 });
  await expect(benLine).toContainText(`Priority email sent to ${PRIORITY_ADDRESS}`);
  const ours = () => sink.messages.filter((message) => message.raw.includes(stamp));
  await expect.poll(() => ours().length).toBe(1);
  expect(ours()[0]?.to).toEqual([PRIORITY_ADDRESS]);
  await expectAccessibleInBothThemes(ana.page);

  // Dismissed, the alert goes and the keyboard stays among the alerts. Ben never had one, nor a notification.
  await ana.page.keyboard.press('Enter');
  await expect(alert).toHaveCount(0);
  await expect(alerts.locator('button:focus')).toHaveCount(1);
  await alerts.getByRole('button', { name: `Dismiss the alert about ${other}` }).press('Enter');
  await expect(alerts.getByTestId('failure-alert').filter({ hasText: stamp })).toHaveCount(0);
  await expect(ben.page.getByRole('region', { name: ALERTS })).toHaveCount(0);
  expect(await notifications(ben.page, stamp)).toEqual([]);
  expect(ours()).toHaveLength(1);
  await Promise.all([ana.context.close(), ben.context.close()]);
});

test('the citizen’s acknowledgement shows on the concern: sent to whom and when, or failed and why', async ({ browser }) => {
  const ana = await desk(browser, ACCOUNTS.ana);
  const put = (enabled: boolean) =>
    ana.context.request.put('/api/admin/office-settings', {
      data: {
        priorityAddresses: [PRIORITY_ADDRESS],
        smtp: { host: '127.0.0.1', port: sink.port, tls: 'none' },
        includeContactDetails: false,
        acknowledgement: { enabled, subject: 'We have your concern ({{reference}})', body: 'Hello {{name}}, we have it: {{summary}}' },
      },
    });
  expect((await put(true)).status()).toBe(200);
  const stamp = Date.now().toString(36);

  async function logWithEmail(summary: string, email: string) {
    const quick = ana.page.getByLabel('Quick capture');
    await quick.fill(summary);
    await quick.press('Shift+Enter');
    const form = ana.page.getByRole('dialog', { name: 'New concern' });
    await form.getByLabel('Name', { exact: true }).fill('Aisha Khan');
    await form.getByLabel('Email', { exact: true }).fill(email);
    await form.getByLabel('Consent to be contacted').check();
    await form.getByRole('button', { name: 'Save concern' }).press('Enter');
    await expect(form).toBeHidden();
    const item = entry(ana.page, summary);
    await item.getByRole('button').first().press('Enter');
    return item.locator('.entry-acknowledgement');
  }

  try {
    await sink.setMode('accept');
    const sent = await logWithEmail(`Graffiti on the library wall ${stamp}`, 'aisha.khan@example.org');
    await expect(sent).toHaveAttribute('data-acknowledgement-state', 'sent', { timeout: 20_000 });
    await expect(sent).toContainText('Acknowledgement to citizen: sent to aisha.khan@example.org at');

    await sink.setMode('permfail');
    const failed = await logWithEmail(`Loose paving on Mill Lane ${stamp}`, 'nobody@example.org');
    await expect(failed).toHaveAttribute('data-acknowledgement-state', 'failed', { timeout: 20_000 });
    await expect(failed).toContainText('Acknowledgement to citizen: failed: The mail server refused the email with code 550');
    await expectAccessibleInBothThemes(ana.page);
  } finally {
    // Later tests' citizens get no acknowledgement.
    expect((await put(false)).status()).toBe(200);
    await ana.context.close();
  }
});

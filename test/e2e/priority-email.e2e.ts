/**
 * The priority lane in the browser: a top-priority concern reaches the office's priority address through a
 * real SMTP server process, and the desk shows "sent"; logged while the desk is offline, the desk promises
 * the email, and it goes out once, when the desk is back.
 */
import { expect, test, type Page } from '@playwright/test';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink-process';
import { ACCOUNTS } from './accounts';
import { entry, expectNoSeriousA11yViolations, logConcern, settleAnimations, openDesk } from './support';

const PRIORITY_ADDRESS = 'urgent@riverside.example';
let sink: SmtpSink;

test.beforeAll(async () => {
  sink = await startSmtpSink();
});
test.afterAll(async () => {
  await sink.kill();
});


/** Expands an entry and returns its priority email line. */
async function priorityEmail(page: Page, text: string) {
  const item = entry(page, text);
  await item.getByRole('button').first().click();
  return item.locator('.entry-escalation');
}

test('a top-priority concern is emailed once to the priority address and shows as sent', async ({ browser }) => {
  const admin = await browser.newContext();
  expect((await admin.request.post('/api/sessions', { data: { email: ACCOUNTS.ana.email, password: ACCOUNTS.ana.password } })).status()).toBe(201);
  const settings = await admin.request.put('/api/admin/office-settings', {
    data: {
      priorityAddresses: [PRIORITY_ADDRESS],
      smtp: { host: '127.0.0.1', port: sink.port, tls: 'none' },
      includeContactDetails: false,
    },
  });
  expect(settings.status(), await settings.text()).toBe(200);
  await admin.close();

  const { context, page } = await openDesk(browser, ACCOUNTS.ben);
  const stamp = Date.now().toString(36);
  const first = `Burst water main on Quay Street ${stamp}`;
  await logConcern(page, `${first} !top`);
  const line = await priorityEmail(page, first);
  await expect(line).toHaveAttribute('data-escalation-state', 'sent', { timeout: 15_000 });
  await expect(line).toContainText(`Priority email sent to ${PRIORITY_ADDRESS}`);
  const ours = () => sink.messages.filter((message) => message.raw.includes(stamp));
  await expect.poll(() => ours().length).toBe(1);
  expect(ours()[0]?.to).toEqual([PRIORITY_ADDRESS]);
  await settleAnimations(page);
  await expectNoSeriousA11yViolations(page);

  // The email's reference opens the concern in the app.
  const raw = (ours()[0]?.raw ?? '').replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
  const link = /https?:\/\/[^\s"<>]+#\/concern\/[0-9a-f-]{36}/i.exec(raw)?.[0];
  expect(link, 'the email links to the concern').toBeDefined();
  const reader = await context.newPage();
  await reader.goto(link ?? '');
  await expect(reader.getByTestId('review-panel')).toContainText(first);
  await reader.close();

  // Offline: the desk promises the email; back online it goes out, once.
  await context.setOffline(true);
  const second = `Fallen tree blocks Mill Road ${stamp}`;
  await logConcern(page, `${second} !top`);
  const promise = await priorityEmail(page, second);
  await expect(promise).toHaveAttribute('data-escalation-state', 'not-sent');
  await expect(promise).toContainText('goes out as soon as this desk is back online');
  await context.setOffline(false);
  await expect(promise).toHaveAttribute('data-escalation-state', 'sent', { timeout: 20_000 });
  await expect.poll(() => ours().length).toBe(2);
  expect(ours().filter((message) => message.raw.includes('Fallen tree blocks Mill Road'))).toHaveLength(1);
  await context.close();
});

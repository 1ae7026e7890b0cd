/**
 * The priority lane's offline fallback: a desk that cannot reach the office server promises the priority email;
 * after the office's wait it offers the desk's own mail program or a call; the call is recorded by keyboard, and
 * once the desk is back the server does not email the concern again.
 */
import { expect, test, type Browser } from '@playwright/test';
import { defaultResponsePolicy } from '../../shared/domain/response-clock';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink-process';
import { ACCOUNTS } from './accounts';
import { entry, expectNoSeriousA11yViolations, logConcern, openApp, settleAnimations, tabTo } from './support';

const PRIORITY_ADDRESS = 'urgent@riverside.example';
const PRIORITY_PHONE = '+1 555 0199';
let sink: SmtpSink;

test.beforeAll(async () => {
  sink = await startSmtpSink();
});
test.afterAll(async () => {
  await sink.kill();
});

/** As the admin, points the office's priority email at the sink and sets the priority phone and a 10-minute wait. */
async function configureOffice(browser: Browser): Promise<void> {
  const admin = await browser.newContext();
  expect((await admin.request.post('/api/sessions', { data: { email: ACCOUNTS.ana.email, password: ACCOUNTS.ana.password } })).status()).toBe(201);
  const settings = await admin.request.put('/api/admin/office-settings', {
    data: { priorityAddresses: [PRIORITY_ADDRESS], smtp: { host: '127.0.0.1', port: sink.port, tls: 'none' }, includeContactDetails: false },
  });
  expect(settings.status(), await settings.text()).toBe(200);
  const profile = await admin.request.put('/api/admin/office-profile', {
    data: { responsePolicy: defaultResponsePolicy('UTC'), priorityPhone: PRIORITY_PHONE, offlineFallbackMinutes: 10 },
  });
  expect(profile.status(), await profile.text()).toBe(200);
  await admin.close();
}

test('offline too long, a top-priority concern is phoned through, recorded, and never emailed', async ({ browser }) => {
  await configureOffice(browser);
  const context = await browser.newContext();
  expect((await context.request.post('/api/sessions', { data: { email: ACCOUNTS.ben.email, password: ACCOUNTS.ben.password } })).status()).toBe(201);
  const page = await context.newPage();
  await page.clock.install();
  await openApp(page);
  await expect(page.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced');

  await context.setOffline(true);
  const stamp = Date.now().toString(36);
  const summary = `Gas leak by the school gate ${stamp}`;
  await logConcern(page, `${summary} !top`);
  const item = entry(page, summary);
  await item.getByRole('button').first().click();
  await expect(item.locator('.entry-escalation')).toContainText('goes out as soon as this desk is back online');
  const fallback = page.getByRole('region', { name: 'Priority concerns not emailed yet' });
  await expect(fallback).toHaveCount(0);

  // Nine minutes: still only the promise. Past ten: the desk offers to send it on itself.
  await page.clock.fastForward('09:00');
  await expect(fallback).toHaveCount(0);
  await page.clock.fastForward('01:30');
  await expect(fallback).toBeVisible();
  await expect(fallback.getByTestId('fallback-item')).toContainText(summary);
  await settleAnimations(page);
  await expectNoSeriousA11yViolations(page);

  // By keyboard: call instead, note who answered, record it.
  await tabTo(page, fallback.getByRole('button', { name: `Call instead: “${summary}”` }));
  await page.keyboard.press('Enter');
  await expect(fallback).toContainText(`Call the priority line: ${PRIORITY_PHONE}.`);
  const note = fallback.getByLabel('Who you spoke to (optional)');
  await expect(note).toBeFocused();
  await page.keyboard.type('Maria on the duty phone');
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Enter');
  await expect(fallback).toHaveCount(0);
  await expect(item.locator('.entry-fallback')).toContainText('Phoned through by');
  await expect(item.locator('.entry-fallback')).toContainText('Note: Maria on the duty phone');

  // Back online: the concern and the call reach the server, which marks the email handled instead of sending it.
  await context.setOffline(false);
  await expect(item.locator('.entry-escalation')).toHaveAttribute('data-escalation-state', 'handled', { timeout: 20_000 });
  await expect(page.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced');
  expect(sink.messages.filter((message) => message.raw.includes(stamp))).toEqual([]);

  // A colleague's desk sees who phoned it through.
  const other = await browser.newContext();
  expect((await other.request.post('/api/sessions', { data: { email: ACCOUNTS.ana.email, password: ACCOUNTS.ana.password } })).status()).toBe(201);
  const colleague = await other.newPage();
  await openApp(colleague);
  const theirs = entry(colleague, summary);
  await theirs.getByRole('button').first().click();
  await expect(theirs.locator('.entry-fallback')).toContainText('Note: Maria on the duty phone');
  await other.close();
  await context.close();
});

test('the desk’s own mail program gets the email ready, and saying it was sent records it', async ({ browser }) => {
  await configureOffice(browser);
  const context = await browser.newContext();
  expect((await context.request.post('/api/sessions', { data: { email: ACCOUNTS.ben.email, password: ACCOUNTS.ben.password } })).status()).toBe(201);
  const page = await context.newPage();
  // The mail program is the operating system's; headless Chromium has none and says which link it could not
  // hand over, which is the link the app made.
  const handedOver: string[] = [];
  page.on('console', (message) => {
    const link = /'(mailto:[^']+)'/.exec(message.text())?.[1];
    if (link !== undefined) handedOver.push(link);
  });
  await page.clock.install();
  await openApp(page);
  await expect(page.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced');
  await context.setOffline(true);
  const stamp = Date.now().toString(36);
  const summary = `Flooded underpass on Quay Street ${stamp}`;
  await logConcern(page, `${summary} !top`);
  await page.clock.fastForward('10:30');
  const fallback = page.getByRole('region', { name: 'Priority concerns not emailed yet' });
  await fallback.getByRole('button', { name: `Email from this computer: “${summary}”` }).click();
  await expect.poll(() => handedOver.length).toBe(1);
  expect(handedOver[0]).toMatch(new RegExp(`^mailto:${encodeURIComponent(PRIORITY_ADDRESS)}\\?subject=`));
  expect(decodeURIComponent(handedOver[0] ?? '')).toContain(`Top priority: ${summary}`);
  const sent = fallback.getByRole('button', { name: 'Yes, I sent it' });
  await expect(sent).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(fallback).toHaveCount(0);
  const item = entry(page, summary);
  await item.getByRole('button').first().click();
  await expect(item.locator('.entry-fallback')).toContainText('Emailed from');
  await context.setOffline(false);
  await expect(item.locator('.entry-escalation')).toHaveAttribute('data-escalation-state', 'handled', { timeout: 20_000 });
  expect(sink.messages.filter((message) => message.raw.includes(stamp))).toEqual([]);
  await context.close();
});

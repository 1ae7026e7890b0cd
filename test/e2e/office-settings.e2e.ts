/**
 * The admin screen's office settings, by keyboard alone, as the admin Ana: the priority email settings (a bad
 * address refused by its box, the citizens' acknowledgement switched on, a test email through a real SMTP server
 * process, the saved values and a set password shown as "set" after reopening) and the response times (opening hours with a lunch break, a holiday, a new top
 * target) reaching the desk's own database by sync. axe-core checks both tabs in the light and the dark theme.
 *
 * The office profile and settings change the response clocks and priority emails of every desk of the office, so
 * this file runs an office server of its own, on a fresh database seeded with the same accounts (seed-accounts.ts),
 * and the shared test server's offices stay as the other tests expect them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import type { OfficeProfile } from '../../shared/domain/office-profile';
import { ROOT, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink-process';
import { ACCOUNTS } from './accounts';
import { expectNoSeriousA11yViolations, openApp, settleAnimations, tabTo } from './support';

const SINK_USER = 'notebook';
const SINK_PASSWORD = 'sink passphrase';
const ADDRESSES = ['urgent@riverside.example', 'duty@riverside.example'];
let sink: SmtpSink;
let server: ServerProcess | undefined;
let base = '';
let dataDir = '';

test.beforeAll(async () => {
  // Seeding and a first start migrate a new database: slower than the default hook timeout allows.
  test.setTimeout(120_000);
  sink = await startSmtpSink({ user: SINK_USER, password: SINK_PASSWORD });
  dataDir = await mkdtemp(join(tmpdir(), 'civic-office-settings-e2e-'));
  const database = join(dataDir, 'pglite');
  await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'e2e', 'seed-accounts.ts'), database], {
    cwd: ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'test', 'tsconfig.json') },
  });
  server = startServerProcess({ DATA_DIR: database, WEB_ROOT: join(ROOT, 'dist', 'web'), HOST: '127.0.0.1' });
  base = await server.started;
});

test.afterAll(async () => {
  await server?.kill('SIGTERM');
  await sink.kill();
  if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
});

/** A browser of its own on this file's server; service workers are blocked, as the admin screen needs the server. */
function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: base, serviceWorkers: 'block' });
}

async function signIn(request: APIRequestContext): Promise<void> {
  const response = await request.post('/api/sessions', { data: { email: ACCOUNTS.ana.email, password: ACCOUNTS.ana.password } });
  expect(response.status()).toBe(201);
}

/** Opens "Staff and devices" from the command palette and selects a tab with the arrow keys. */
async function openTab(page: Page, name: 'Priority email' | 'Response times'): Promise<Locator> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Staff and devices');
  await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first()).toHaveText('Staff and devices…');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Staff and devices' });
  await tabTo(page, dialog.getByRole('tab', { name: 'Staff' }));
  const tab = dialog.getByRole('tab', { name });
  for (let i = 0; i < 4 && (await tab.getAttribute('aria-selected')) !== 'true'; i += 1) await page.keyboard.press('ArrowRight');
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const form = dialog.getByRole('form', { name });
  await expect(form).toBeVisible();
  return form;
}

/** The text box of a form or group with exactly this name. */
function box(within: Locator, name: string): Locator {
  return within.getByRole('textbox', { name, exact: true });
}

/** Moves to a box by Tab and replaces what is in it by typing. */
async function typeInto(page: Page, box: Locator, text: string): Promise<void> {
  await tabTo(page, box, { maxPresses: 80 });
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
}

async function checkBothThemes(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await settleAnimations(page);
    await expectNoSeriousA11yViolations(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The desk's copy of the office profile, read straight from its IndexedDB. */
function deskProfile(page: Page): Promise<OfficeProfile | undefined> {
  return page.evaluate(
    () =>
      new Promise<OfficeProfile | undefined>((resolve, reject) => {
        const open = indexedDB.open('civic-notebook');
        open.onerror = () => reject(open.error ?? new Error('cannot open the database'));
        open.onsuccess = () => {
          const read = open.result.transaction('office_profile', 'readonly').objectStore('office_profile').get('office');
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result as OfficeProfile | undefined);
          };
          read.onerror = () => reject(read.error ?? new Error('cannot read the profile'));
        };
      }),
  );
}

test('an admin sets up the priority email and the response times by keyboard, and the desk gets them', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await newContext(browser);
  await signIn(context.request);
  const page = await context.newPage();
  await openApp(page);
  await expect(page.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced');

  await test.step('priority email: a bad address is refused by its box, then the settings are saved and tested', async () => {
    const form = await openTab(page, 'Priority email');
    await expect(form).toContainText('Not set up yet');
    const dialog = page.getByRole('dialog', { name: 'Staff and devices' });
    // Nothing saved yet: the test email says why it cannot go.
    await tabTo(page, dialog.getByRole('button', { name: 'Send a test email' }), { maxPresses: 80 });
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('alert').filter({ hasText: 'Save the mail server settings first' })).toBeVisible();
    await typeInto(page, box(form, 'Address 1'), ADDRESSES[0] ?? '');
    await tabTo(page, form.getByRole('button', { name: 'Add an address' }));
    await page.keyboard.press('Enter');
    const second = box(form, 'Address 2');
    await expect(second).toBeFocused();
    await page.keyboard.type('duty at riverside');
    await typeInto(page, box(form, 'Server name'), '127.0.0.1');
    await typeInto(page, box(form, 'Port'), String(sink.port));
    await tabTo(page, form.getByRole('radio', { name: /^STARTTLS/ }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(form.getByRole('radio', { name: /^None/ })).toBeChecked();
    await typeInto(page, box(form, 'Sign-in name'), SINK_USER);
    await expect(form.getByText('A password is set')).toHaveCount(0);
    await typeInto(page, form.getByLabel('Password', { exact: true }), SINK_PASSWORD);
    await tabTo(page, form.getByRole('checkbox', { name: 'Send citizens an automatic acknowledgement' }));
    await page.keyboard.press('Space');
    await typeInto(page, box(form, 'Subject'), 'Riverside has your concern ({{reference}})');
    await checkBothThemes(page);

    await tabTo(page, form.getByRole('button', { name: 'Save' }));
    await page.keyboard.press('Enter');
    await expect(second).toHaveAttribute('aria-invalid', 'true');
    await expect(second).toHaveAccessibleDescription(/Enter an email address like name@example\.org/);
    await expect(second).toBeFocused();
    await expect(box(form, 'Server name')).toHaveValue('127.0.0.1');

    await page.keyboard.press('Control+a');
    await page.keyboard.type(ADDRESSES[1] ?? '');
    await tabTo(page, form.getByRole('button', { name: 'Save' }));
    await page.keyboard.press('Enter');
    await expect(form.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(form).not.toContainText('Not set up yet');
    await expect(form.getByText('A password is set')).toBeVisible();

    const testButton = dialog.getByRole('button', { name: 'Send a test email' });
    await tabTo(page, testButton);
    await page.keyboard.press('Enter');
    await expect(dialog.getByText(`The mail server took the test email for ${ADDRESSES.join(', ')}`)).toBeVisible({ timeout: 15_000 });
    await expect(dialog.getByRole('alert').filter({ hasText: 'Save the mail server settings first' })).toHaveCount(0);
    const [message] = await sink.waitForMessages(1);
    expect(message?.to).toEqual(ADDRESSES);
    expect(message?.user).toBe(SINK_USER);

    // The mail server refuses it: the server's reason, and "Try again".
    await sink.setMode('permfail');
    await expect(testButton).toBeFocused();
    await page.keyboard.press('Enter');
    const refusal = dialog.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Try again' }) });
    await expect(refusal).toBeVisible({ timeout: 15_000 });
    await expect(refusal.locator('.problem-title')).not.toBeEmpty();
    await expect(dialog.getByText('The mail server took the test email')).toHaveCount(0);
    await sink.setMode('accept');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('priority email: reopened, the dialog shows the saved values and that a password is set, not the password', async () => {
    const form = await openTab(page, 'Priority email');
    await expect(box(form, 'Address 1')).toHaveValue(ADDRESSES[0] ?? '');
    await expect(box(form, 'Address 2')).toHaveValue(ADDRESSES[1] ?? '');
    await expect(box(form, 'Server name')).toHaveValue('127.0.0.1');
    await expect(box(form, 'Port')).toHaveValue(String(sink.port));
    await expect(form.getByRole('radio', { name: /^None/ })).toBeChecked();
    await expect(box(form, 'Sign-in name')).toHaveValue(SINK_USER);
    await expect(form.getByText('A password is set')).toBeVisible();
    await expect(form.getByRole('radio', { name: 'Keep it' })).toBeChecked();
    for (const secret of await form.locator('input[type="password"]').all()) await expect(secret).toHaveValue('');
    await expect(form.getByRole('checkbox', { name: 'Send citizens an automatic acknowledgement' })).toBeChecked();
    await expect(box(form, 'Subject')).toHaveValue('Riverside has your concern ({{reference}})');
    await page.keyboard.press('Escape');
  });

  await test.step('response times: a lunch break on Monday, a holiday and a two-hour top target reach the desk', async () => {
    const form = await openTab(page, 'Response times');
    const monday = form.getByRole('group', { name: 'Monday' });
    // The zone is typed (the list filters as one types) and kept as typed on leaving the box.
    await typeInto(page, form.getByRole('combobox', { name: 'Time zone' }), 'Europe/Berlin');
    await expect(page.getByRole('option', { name: 'Europe/Berlin' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(form.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Berlin');
    await typeInto(page, box(monday, 'Closes (Monday, hours 1)'), '12:00');
    await tabTo(page, form.getByRole('button', { name: 'Add hours on Monday' }));
    await page.keyboard.press('Enter');
    await expect(box(monday, 'Opens (Monday, hours 2)')).toBeFocused();
    await page.keyboard.type('13:00');
    await page.keyboard.press('Tab');
    await page.keyboard.type('17:30');

    await tabTo(page, form.getByRole('button', { name: 'Add a holiday' }), { maxPresses: 80 });
    await page.keyboard.press('Enter');
    await expect(box(form, 'Date (holiday 1)')).toBeFocused();
    await page.keyboard.type('2026-12-24');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Christmas Eve');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(form.getByRole('checkbox', { name: 'Every year (holiday 1)' })).toBeChecked();

    await typeInto(page, box(form, 'Amount (Top priority)'), '2');
    await checkBothThemes(page);

    // The server cannot be reached: a plain message, and everything typed is still there for "Try again".
    await page.route('**/api/admin/office-profile', (route) => (route.request().method() === 'PUT' ? route.abort() : route.continue()));
    await tabTo(page, form.getByRole('button', { name: 'Save' }), { maxPresses: 80 });
    await page.keyboard.press('Enter');
    const alert = form.getByRole('alert');
    await expect(alert).toContainText('cannot be reached');
    await expect(alert).toContainText('what you typed is still here');
    await expect(box(form, 'Amount (Top priority)')).toHaveValue('2');
    await expect(box(form, 'Name (holiday 1)')).toHaveValue('Christmas Eve');
    await page.unroute('**/api/admin/office-profile');
    await tabTo(page, alert.getByRole('button', { name: 'Try again' }), { backwards: true, maxPresses: 120 });
    await page.keyboard.press('Enter');
    await expect(form.getByRole('status').filter({ hasText: 'Every desk of the office gets the new response times' })).toBeVisible();

    await expect
      .poll(async () => (await deskProfile(page))?.responsePolicy.targets.top, { timeout: 15_000 })
      .toEqual({ unit: 'hours', amount: 2 });
    const synced = await deskProfile(page);
    expect(synced?.responsePolicy.timeZone).toBe('Europe/Berlin');
    expect(synced?.responsePolicy.week.mon).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:30' },
    ]);
    expect(synced?.responsePolicy.holidays).toEqual([{ date: '2026-12-24', name: 'Christmas Eve', yearly: true }]);
  });
  await context.close();
});

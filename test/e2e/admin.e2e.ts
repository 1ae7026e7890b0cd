/**
 * The admin screen ("Staff and devices"), by keyboard alone, against a real office server: adding someone
 * (with the server's refusals and an unreachable server on the way), signing a lost laptop out, resetting a
 * password, turning an account off and changing a name, checking each with the server itself; and the warning
 * before an admin locks themself out. axe-core checks each tab and dialog on the way.
 *
 * The shared test server cannot be set up from here (its setup code goes to Playwright's output, and its
 * database is locked while it runs), so this file starts an office server of its own on a fresh database and
 * reads the setup code it prints.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { ROOT, setupCodeOf, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { expectNoSeriousA11yViolations, settleAnimations, tabTo } from './support';

const ADMIN = { email: 'ada@town.example', displayName: 'Ada Admin', password: 'a long admin passphrase' };
const BEN = { email: 'ben@town.example', displayName: 'Ben Ortiz' };
const TEMPORARY = /^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/;

let server: ServerProcess | undefined;
let base = '';
let dataDir = '';

test.beforeAll(async () => {
  // A first start compiles PGlite and migrates a new database: slower than the default hook timeout allows.
  test.setTimeout(120_000);
  dataDir = await mkdtemp(join(tmpdir(), 'civic-admin-e2e-'));
  server = startServerProcess({ DATA_DIR: join(dataDir, 'pglite'), WEB_ROOT: join(ROOT, 'dist', 'web'), HOST: '127.0.0.1' });
  base = await server.started;
  const code = await setupCodeOf(server);
  const setup = await fetch(new URL('/api/setup', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, officeName: 'Town Hall', ...ADMIN }),
  });
  expect(setup.status, await setup.text()).toBe(201);
});

test.afterAll(async () => {
  await server?.kill('SIGTERM');
  if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
});

const at = (path: string) => new URL(path, base).href;

/**
 * A browser of its own. Service workers are blocked so page.route sees the app's requests (a worker would
 * fetch them itself); the admin screen never works offline anyway.
 */
function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ serviceWorkers: 'block' });
}

/** Signs in over the API, as another device would; the context keeps the session cookie. */
async function signIn(request: APIRequestContext, email: string, password: string, deviceLabel: string): Promise<number> {
  const response = await request.post(at('/api/sessions'), { data: { email, password, deviceLabel } });
  return response.status();
}

async function meStatus(request: APIRequestContext): Promise<number> {
  return (await request.get(at('/api/me'))).status();
}

/** Opens the admin screen the way an admin at the keyboard does: Ctrl+K, a few words, Enter. */
async function openAdminScreen(page: Page): Promise<Locator> {
  // The palette offers the admin screen once the app has taken up the browser's session (it asks the server
  // at start) and synced.
  await expect(page.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('Staff and devices');
  await expect(palette.getByRole('option').first()).toHaveText('Staff and devices…');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Staff and devices' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Chooses an item of a row's "Actions" menu with the arrow keys. */
async function rowAction(page: Page, dialog: Locator, name: string, item: string): Promise<void> {
  await tabTo(page, dialog.getByRole('button', { name: `Actions for ${name}` }));
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  for (let i = 0; i < 4 && !(await menu.getByRole('menuitem', { name: item }).evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(menu.getByRole('menuitem', { name: item })).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Presses "Make one" and returns the password it put in the box, which is shown. */
async function makePassword(page: Page, form: Locator): Promise<string> {
  const box = form.getByLabel('Temporary password');
  await tabTo(page, form.getByRole('button', { name: 'Make one' }));
  await page.keyboard.press('Enter');
  await expect(box).toHaveAttribute('type', 'text');
  const password = await box.inputValue();
  expect(password).toMatch(TEMPORARY);
  return password;
}

async function checkAccessibility(page: Page): Promise<void> {
  await settleAnimations(page);
  await expectNoSeriousA11yViolations(page);
}

test('an admin adds someone, signs out their lost laptop, resets their password, turns them off and renames them, by keyboard', async ({ browser }) => {
  test.setTimeout(180_000);
  const adminContext = await newContext(browser);
  expect(await signIn(adminContext.request, ADMIN.email, ADMIN.password, 'Front desk')).toBe(201);
  const page = await adminContext.newPage();
  await page.goto(base);
  await expect(page.getByLabel('Quick capture')).toBeFocused();
  const dialog = await openAdminScreen(page);
  const staffTable = dialog.getByRole('table', { name: /Staff of this office/ });
  await expect(staffTable.getByRole('rowheader', { name: 'Ada Admin (you)' })).toBeVisible();
  await checkAccessibility(page);

  let benPassword = '';
  await test.step('adds Ben, keeping what was typed through a refusal and an unreachable server', async () => {
    await tabTo(page, dialog.getByRole('button', { name: 'Add a staff member' }));
    await page.keyboard.press('Enter');
    const form = dialog.getByRole('form', { name: 'Add a staff member' });
    const email = form.getByLabel('Email address');
    await expect(email).toBeFocused();
    await page.keyboard.type(ADMIN.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(BEN.displayName);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('option', { name: 'Counter staff' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(form.getByRole('button', { name: /Role/ })).toContainText('Go-to person');
    benPassword = await makePassword(page, form);
    await checkAccessibility(page);

    // The address is taken: the server's words go under the email box, which gets focus; nothing is cleared.
    await tabTo(page, form.getByRole('button', { name: 'Add staff member' }));
    await page.keyboard.press('Enter');
    await expect(email).toHaveAccessibleDescription(/Someone in this office already signs in with that email\./);
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toBeFocused();
    await expect(form.getByLabel('Name', { exact: true })).toHaveValue(BEN.displayName);
    await expect(form.getByLabel('Temporary password')).toHaveValue(benPassword);
    await checkAccessibility(page);

    // The server cannot be reached: said at the top, with "Try again", and still nothing is lost.
    await page.route('**/api/admin/staff', (route) => (route.request().method() === 'POST' ? route.abort('connectionrefused') : route.fallback()));
    await page.keyboard.press('Control+a');
    await page.keyboard.type(BEN.email);
    await page.keyboard.press('Enter');
    const alert = form.getByRole('alert').filter({ hasText: 'cannot be reached' });
    await expect(alert).toContainText('Nothing was changed, and what you typed is still here.');
    await expect(email).toHaveValue(BEN.email);
    await expect(form.getByLabel('Temporary password')).toHaveValue(benPassword);
    await page.unroute('**/api/admin/staff');
    await tabTo(page, alert.getByRole('button', { name: 'Try again' }), { backwards: true });
    await page.keyboard.press('Enter');

    const handOver = dialog.getByRole('region', { name: 'Ben Ortiz is added' });
    await expect(handOver).toContainText(benPassword);
    await expect(handOver.getByRole('button', { name: 'Done' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('button', { name: 'Add a staff member' })).toBeFocused();
    const row = staffTable.getByRole('row').filter({ hasText: BEN.email });
    await expect(row).toContainText('Go-to person');
    await expect(row).toContainText('Has a temporary password');
  });

  const laptop = await newContext(browser);
  await test.step('signs out the laptop Ben lost', async () => {
    expect(await signIn(laptop.request, BEN.email, benPassword, 'Lost laptop')).toBe(201);
    expect(await meStatus(laptop.request)).toBe(200);

    await tabTo(page, dialog.getByRole('tab', { name: 'Staff' }), { backwards: true });
    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByRole('tab', { name: 'Devices' })).toHaveAttribute('aria-selected', 'true');
    const devices = dialog.getByRole('table', { name: /Devices signed in/ });
    await expect(devices.getByRole('row').filter({ hasText: 'Front desk' })).toContainText('This device');
    await expect(devices.getByRole('row').filter({ hasText: 'Lost laptop' })).toContainText(BEN.displayName);
    await checkAccessibility(page);

    await tabTo(page, devices.getByRole('button', { name: 'Sign out Lost laptop (Ben Ortiz)' }));
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: 'Sign out Lost laptop?' });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await checkAccessibility(page);
    await page.keyboard.press('Tab');
    await expect(confirm.getByRole('button', { name: 'Sign out the device' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('status').filter({ hasText: 'Signed out Lost laptop (Ben Ortiz).' })).toBeVisible();
    await expect(devices.getByRole('row').filter({ hasText: 'Lost laptop' })).toHaveCount(0);
    expect(await meStatus(laptop.request)).toBe(401);
  });

  await test.step("resets Ben's password, which signs him out everywhere", async () => {
    const office = await newContext(browser);
    expect(await signIn(office.request, BEN.email, benPassword, 'Back office PC')).toBe(201);
    await tabTo(page, dialog.getByRole('tab', { name: 'Devices' }), { backwards: true });
    await page.keyboard.press('ArrowLeft');
    await rowAction(page, dialog, BEN.displayName, 'Reset password');
    const form = dialog.getByRole('form', { name: "Reset Ben Ortiz's password" });
    await expect(form.getByLabel('Temporary password')).toBeFocused();
    const newPassword = await makePassword(page, form);
    expect(newPassword).not.toBe(benPassword);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    const handOver = dialog.getByRole('region', { name: "Ben Ortiz's password is reset" });
    await expect(handOver).toContainText(newPassword);
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('button', { name: 'Actions for Ben Ortiz' })).toBeFocused();

    expect(await meStatus(office.request)).toBe(401);
    expect(await signIn(office.request, BEN.email, benPassword, 'Back office PC')).toBe(401);
    expect(await signIn(office.request, BEN.email, newPassword, 'Back office PC')).toBe(201);
    benPassword = newPassword;
    await office.close();
  });

  await test.step("turns Ben's account off after asking, and warns before Ada turns off her own", async () => {
    await rowAction(page, dialog, ADMIN.displayName, 'Turn off account');
    const own = page.getByRole('alertdialog', { name: 'Turn off your own account?' });
    await expect(own).toContainText('only another admin can turn your account back on');
    await page.keyboard.press('Escape');
    await expect(own).toBeHidden();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Actions for Ada Admin' })).toBeFocused();

    await rowAction(page, dialog, BEN.displayName, 'Turn off account');
    const confirm = page.getByRole('alertdialog', { name: "Turn off Ben Ortiz's account?" });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(staffTable.getByRole('row').filter({ hasText: BEN.email })).toContainText('Turned off');
    await expect(dialog.getByRole('status').filter({ hasText: "Ben Ortiz's account is turned off" })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Actions for Ben Ortiz' })).toBeFocused();
    expect(await signIn(laptop.request, BEN.email, benPassword, 'Lost laptop')).toBe(403);
    await checkAccessibility(page);
  });

  await test.step('renames Ben, and warns Ada before she gives up her own admin role, which the server refuses', async () => {
    await rowAction(page, dialog, BEN.displayName, 'Change name or role');
    const benForm = dialog.getByRole('form', { name: 'Change name or role: Ben Ortiz' });
    await expect(benForm.getByLabel('Name', { exact: true })).toBeFocused();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Benjamin Ortiz');
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('status').filter({ hasText: 'Saved the changes to Benjamin Ortiz.' })).toBeVisible();
    await expect(staffTable.getByRole('rowheader', { name: 'Benjamin Ortiz' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Actions for Benjamin Ortiz' })).toBeFocused();

    await rowAction(page, dialog, ADMIN.displayName, 'Change name or role');
    const form = dialog.getByRole('form', { name: 'Change name or role: Ada Admin' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('option', { name: 'Admin' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await tabTo(page, form.getByRole('button', { name: 'Save changes' }));
    await page.keyboard.press('Enter');
    const warning = page.getByRole('alertdialog', { name: 'Remove your own admin role?' });
    await expect(warning).toContainText('You will no longer be able to open this screen');
    await page.keyboard.press('Tab');
    await expect(warning.getByRole('button', { name: 'Remove my admin role' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(form.getByRole('alert')).toContainText("Ada Admin is the office's only admin. Make someone else an admin first");
    await expect(form.getByRole('button', { name: /Role/ })).toContainText('Facilitator');
    await checkAccessibility(page);
    await tabTo(page, form.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('button', { name: 'Actions for Ada Admin' })).toBeFocused();
    await expect(staffTable.getByRole('row').filter({ hasText: ADMIN.email })).toContainText('Admin');
  });

  await laptop.close();
  await adminContext.close();
});

/**
 * A new office server's first run, in the browser, by keyboard alone: the office dialog sees the server waits
 * for its first admin and asks for the setup code it printed; a wrong code is refused in plain words with
 * everything typed kept; the right one creates the office, signs the admin in and starts syncing, uploading
 * what the desk logged before.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, setupCodeOf, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { entry, expectNoSeriousA11yViolations, logConcern, settleAnimations } from './support';

let server: ServerProcess | undefined;
let base = '';
let dataDir = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dataDir = await mkdtemp(join(tmpdir(), 'civic-first-run-e2e-'));
  server = startServerProcess({ DATA_DIR: join(dataDir, 'pglite'), WEB_ROOT: join(ROOT, 'dist', 'web'), HOST: '127.0.0.1' });
  base = await server.started;
});

test.afterAll(async () => {
  await server?.kill('SIGTERM');
  if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
});

test('the first admin sets up the office from the app with the printed code', async ({ page }) => {
  const code = await setupCodeOf(requireServer());
  await page.goto(base);
  await expect(page.getByLabel('Quick capture')).toBeFocused();
  await logConcern(page, 'Logged before the office existed #early');

  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await page.keyboard.type('Office server');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Office server' });
  await expect(dialog.getByRole('heading', { name: 'Set up the office server' })).toBeVisible();
  await expect(dialog.getByLabel('Setup code')).toBeFocused();
  await settleAnimations(page);
  await expectNoSeriousA11yViolations(page);

  const typeFields = async (setupCode: string) => {
    await dialog.getByLabel('Setup code').fill('');
    await page.keyboard.type(setupCode);
    for (const value of ['Lakeside Council', 'Ada Admin', 'ada@lakeside.example', 'a long admin passphrase']) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(value);
    }
  };
  // A code of the right shape but not the server's: refused, nothing typed is lost.
  const wrong = code.startsWith('2222') ? '3333-3333-3333' : '2222-2222-2222';
  await typeFields(wrong);
  await page.keyboard.press('Enter');
  await expect(dialog.getByText(/code/i).and(dialog.locator('.settings-error, .office-problem'))).toBeVisible();
  await expect(dialog.getByLabel('Office name')).toHaveValue('Lakeside Council');
  await expect(dialog.getByLabel('Your email')).toHaveValue('ada@lakeside.example');

  await typeFields(code.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { name: 'Signed in as Ada Admin (Admin)' })).toBeVisible();
  await expect(dialog.getByText('Office: Lakeside Council')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced');
  await expect(page.locator('.status-sync')).toContainText('All changes sent');
  await expect(entry(page, 'Logged before the office existed')).toBeVisible();

  // The concern logged before setup is now the office's: a second browser of Ada's sees it.
  const other = await page.context().browser()?.newContext();
  if (other === undefined) throw new Error('no browser');
  expect((await other.request.post(new URL('/api/sessions', base).href, { data: { email: 'ada@lakeside.example', password: 'a long admin passphrase' } })).status()).toBe(201);
  const second = await other.newPage();
  await second.goto(base);
  await expect(entry(second, 'Logged before the office existed')).toBeVisible({ timeout: 15_000 });
  await other.close();
});

function requireServer(): ServerProcess {
  if (server === undefined) throw new Error('The server did not start');
  return server;
}

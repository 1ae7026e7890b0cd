/**
 * The desktop app's way to the office server, in real Chromium: the renderer with the preload's window.api
 * standing in for Electron's main process (the one boundary tests may fake; main's own side, safeStorage and
 * the server check, is tested in test/electron). Staff type the server's address, the app reloads, they sign
 * in, and the session travels as a Bearer token, never a cookie, across reloads.
 */
import { expect, test, type Page } from '@playwright/test';
import { ACCOUNTS } from './accounts';
import { entry, expectNoSeriousA11yViolations, logConcern, settleAnimations } from './support';

/** Installs a window.api that keeps main's state in localStorage, so it survives the app's reloads. */
async function actAsDesktop(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const KEY = 'test-main-process';
    type Saved = { address: string | null; token: string | null };
    const read = (): Saved => JSON.parse(localStorage.getItem(KEY) ?? '{"address":null,"token":null}') as Saved;
    const write = (saved: Saved) => localStorage.setItem(KEY, JSON.stringify(saved));
    Object.defineProperty(window, 'api', {
      value: Object.freeze({
        getAppInfo: () => Promise.resolve({ name: 'Civic Notebook', version: 'test', os: 'linux' }),
        openExternal: () => Promise.resolve(),
        showNotification: () => Promise.resolve(),
        onCommand: () => () => undefined,
        onOpenConcern: () => () => undefined,
        loadOfficeAccess: () => Promise.resolve({ ...read(), tokenStorage: 'encrypted' }),
        async setOfficeAddress(address: string | null) {
          // Main's check: a Civic Notebook server answers GET /api/setup.
          try {
            const answer = await fetch(`${address}/api/setup`);
            const body = (await answer.json()) as { needsSetup?: unknown };
            if (typeof body.needsSetup !== 'boolean') throw new Error('not ours');
          } catch {
            return { ok: false, message: `The server at ${address} is not a Civic Notebook office server.` };
          }
          const saved = read();
          write({ address, token: address === saved.address ? saved.token : null });
          return { ok: true };
        },
        saveSessionToken(token: string | null) {
          write({ ...read(), token });
          return Promise.resolve({ tokenStorage: 'encrypted' });
        },
      }),
    });
  });
}

test('staff point the desktop app at the server, sign in, and sync with a token', async ({ page, baseURL, browser }) => {
  if (baseURL === undefined) throw new Error('no baseURL');
  await actAsDesktop(page);
  await page.goto('/');
  await expect(page.getByLabel('Quick capture')).toBeFocused();
  const status = page.locator('.status-sync');
  await expect(status).toHaveAttribute('data-sync-state', 'no-server');
  await expect(status).toContainText('Not connected to an office server');
  const text = `Logged on the desktop before connecting ${Date.now().toString(36)}`;
  await logConcern(page, text);

  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await page.keyboard.type('Office server');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Office server' });
  const address = dialog.getByLabel('Server address');
  await expect(address).toBeFocused();
  await page.keyboard.type('ftp://files.town.example');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('The address must start with https:// or http://')).toBeVisible();
  await settleAnimations(page);
  await expectNoSeriousA11yViolations(page);

  await address.fill('');
  await page.keyboard.type(`${baseURL}/`);
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);

  // After the reload: the server is known, sign in.
  await expect(status).toHaveAttribute('data-sync-state', 'signed-out');
  await status.press('Enter');
  await expect(dialog.getByText(`Server: ${baseURL}`)).toBeVisible();
  await expect(dialog.getByLabel('Email')).toBeFocused();
  await page.keyboard.type(ACCOUNTS.ben.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(ACCOUNTS.ben.password);
  const bearer = page.waitForRequest((request) => request.url().endsWith('/api/sync/push') && /^Bearer /.test(request.headers()['authorization'] ?? ''));
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Your sign-in is kept encrypted by this computer’s system store.')).toBeVisible();
  await bearer;
  await page.keyboard.press('Escape');
  await expect(status).toHaveAttribute('data-sync-state', 'synced');
  await expect(status).toContainText('All changes sent');
  // The token is the only credential: the sign-in answer's cookie was never taken.
  expect(await page.context().cookies()).toEqual([]);

  // A colleague's browser sees what was logged before connecting.
  const colleague = await browser.newContext();
  expect((await colleague.request.post('/api/sessions', { data: { email: ACCOUNTS.ana.email, password: ACCOUNTS.ana.password } })).status()).toBe(201);
  const ana = await colleague.newPage();
  await ana.goto('/');
  await expect(entry(ana, text)).toBeVisible({ timeout: 15_000 });
  await colleague.close();

  // The next start signs in by itself with the kept token.
  await page.reload();
  await expect(status).toHaveAttribute('data-sync-state', 'synced');
  await expect(page.locator('.status-staff')).toContainText(ACCOUNTS.ben.displayName);
});

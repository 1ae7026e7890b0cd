/**
 * The desktop's own settings and status in real Chromium, with the preload's window.api standing in for
 * Electron's main process (the one boundary tests may fake; main's side, globalShortcut, the tray and the
 * updater, is tested in test/electron). The fake refuses Ctrl+Alt+P as if another program held it, and
 * records every call, so the test reads what the renderer asked of main.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, logConcern, openApp, settleAnimations } from './support';

type Recorded = { shortcuts: Array<string | null>; reports: Array<{ unsynced: number; priorityWaiting: number }>; tray: boolean[] };

/** How the fake desktop behaves: whether the system shows a tray, and whether saving the tray choice fails. */
type DesktopOptions = { hasTray: boolean; traySaveFails: boolean };

const settingsDialog = (page: Page) => page.getByRole('dialog', { name: 'Settings for this desk' });

/** Installs a window.api whose desktop side keeps its state in memory and records the calls made to it. */
async function actAsDesktop(page: Page, desktop: DesktopOptions = { hasTray: true, traySaveFails: false }): Promise<void> {
  await page.addInitScript((options: DesktopOptions) => {
    const recorded: Recorded = { shortcuts: [], reports: [], tray: [] };
    Object.defineProperty(window, 'testRecorded', { value: recorded });
    const state = { accelerator: 'CommandOrControl+Alt+N' as string | null, keepInTray: true };
    const tray = () => ({ isAvailable: options.hasTray, keepRunning: state.keepInTray });
    const shortcut = () => ({ accelerator: state.accelerator, isActive: state.accelerator !== null, problem: null });
    Object.defineProperty(window, 'api', {
      value: Object.freeze({
        getAppInfo: () => Promise.resolve({ name: 'Civic Notebook', version: 'test', os: 'linux' }),
        openExternal: () => Promise.resolve(),
        showNotification: () => Promise.resolve(),
        onCommand: () => () => undefined,
        onOpenConcern: () => () => undefined,
        loadOfficeAccess: () => Promise.resolve({ address: null, token: null, tokenStorage: 'encrypted' }),
        setOfficeAddress: () => Promise.resolve({ ok: true }),
        saveSessionToken: () => Promise.resolve({ tokenStorage: 'encrypted' }),
        saveExportFile: () => Promise.resolve({ outcome: 'cancelled' }),
        printToPdf: () => Promise.resolve({ outcome: 'cancelled' }),
        loadDesktopSettings: () => Promise.resolve({ shortcut: shortcut(), updateServer: null, update: { state: 'off' }, tray: tray() }),
        setKeepInTray(keepRunning: boolean) {
          recorded.tray.push(keepRunning);
          // What Electron makes of a preferences file main could not write.
          if (options.traySaveFails) return Promise.reject(new Error("Error invoking remote method 'desktop:setKeepInTray': Error: EACCES: permission denied"));
          state.keepInTray = keepRunning;
          return Promise.resolve(tray());
        },
        setQuickCaptureShortcut(accelerator: string | null) {
          recorded.shortcuts.push(accelerator);
          if (accelerator === 'CommandOrControl+Alt+P') {
            const message = `Another program already uses ${accelerator}, so Civic Notebook could not take it. ${state.accelerator} still brings up the quick line. Choose other keys.`;
            return Promise.resolve({ ok: false, message, shortcut: shortcut() });
          }
          state.accelerator = accelerator;
          return Promise.resolve({ ok: true, shortcut: shortcut() });
        },
        reportDesktopStatus(status: { unsynced: number; priorityWaiting: number }) {
          recorded.reports.push(status);
          return Promise.resolve();
        },
        setUpdateServer: () => Promise.resolve({ outcome: 'declined' }),
        checkForUpdates: () => Promise.resolve({ state: 'off' }),
        onUpdateStatus: () => () => undefined,
      }),
    });
  }, desktop);
}

/** Opens Settings (Ctrl+,) and unfolds its Desktop section by keyboard. */
async function openDesktopSettings(page: Page) {
  await page.getByLabel('Quick capture').press('Control+,');
  const dialog = settingsDialog(page);
  await dialog.getByText('Desktop: quick capture shortcut, tray and updates').focus();
  await page.keyboard.press('Enter');
  return dialog;
}

const recorded = (page: Page): Promise<Recorded> => page.evaluate(() => (window as unknown as { testRecorded: Recorded }).testRecorded);

test('the browser build has no Desktop section in its settings', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Quick capture').press('Control+,');
  await expect(settingsDialog(page).getByLabel('Your name at this desk')).toBeVisible();
  await expect(page.getByTestId('desktop-settings')).toHaveCount(0);
});

test('on the desktop, staff record a quick-capture shortcut by pressing it, and read why one is refused', async ({ page }) => {
  await actAsDesktop(page);
  await openApp(page);
  const dialog = await openDesktopSettings(page);
  const box = dialog.getByRole('textbox', { name: 'Quick capture from any program' });
  await expect(box).toHaveValue('CommandOrControl+Alt+N');
  await expect(dialog.getByTestId('shortcut-state')).toHaveText('Ctrl+Alt+N brings up the quick line from any program.');
  await expect(dialog.getByTestId('update-status')).toHaveText('Updates are off: no update server is set.');
  await expect(dialog.getByRole('button', { name: 'Check for updates' })).toBeDisabled();

  await box.focus();
  await page.keyboard.press('Control+Alt+K');
  await expect(box).toHaveValue('CommandOrControl+Alt+K');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('shortcut-state')).toHaveText('Saved: Ctrl+Alt+K brings up the quick line from any program.');

  await page.keyboard.press('Control+Alt+P');
  await expect(box).toHaveValue('CommandOrControl+Alt+P');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Another program already uses CommandOrControl+Alt+P, so Civic Notebook could not take it.', { exact: false })).toBeVisible();
  await expect(box).toHaveAttribute('aria-invalid', 'true');

  // Typed by hand, a shortcut without a modifier is refused here, before main is asked.
  await box.fill('N');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('A shortcut needs a modifier such as Ctrl or Alt before its key', { exact: false })).toBeVisible();
  expect((await recorded(page)).shortcuts).toEqual(['CommandOrControl+Alt+K', 'CommandOrControl+Alt+P']);

  await settleAnimations(page);
  await expectNoSeriousA11yViolations(page);

  await dialog.getByRole('button', { name: 'Turn off' }).click();
  await expect(dialog.getByTestId('shortcut-state')).toHaveText('The quick capture shortcut is off now.');
  expect((await recorded(page)).shortcuts.at(-1)).toBeNull();
});

test('on the desktop, staff choose by keyboard whether closing the window keeps the app in the tray', async ({ page }) => {
  await actAsDesktop(page);
  await openApp(page);
  const dialog = await openDesktopSettings(page);
  const keep = dialog.getByRole('checkbox', { name: 'Keep running in the tray when the window is closed' });
  await expect(keep).toBeChecked();
  await expect(keep).toHaveAccessibleDescription(/Top-priority alerts, sync and the quick capture shortcut go on/);
  await keep.focus();
  await page.keyboard.press('Space');
  await expect(dialog.getByText('Saved: closing the window quits Civic Notebook.')).toBeVisible();
  await expect(keep).not.toBeChecked();
  await expect(keep).toBeFocused();
  await page.keyboard.press('Space');
  await expect(dialog.getByText('Saved: closing the window keeps Civic Notebook running in the tray.')).toBeVisible();
  await expect(keep).toBeChecked();
  expect((await recorded(page)).tray).toEqual([false, true]);
  await settleAnimations(page);
  await expectNoSeriousA11yViolations(page);
});

test('a tray choice main could not save says why and stays as it was; without a tray there is no choice', async ({ page, context }) => {
  await actAsDesktop(page, { hasTray: true, traySaveFails: true });
  await openApp(page);
  let dialog = await openDesktopSettings(page);
  let keep = dialog.getByRole('checkbox', { name: 'Keep running in the tray when the window is closed' });
  await keep.focus();
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('alert').filter({ hasText: 'Nothing changed' })).toHaveText('Nothing changed: EACCES: permission denied');
  await expect(keep).toBeChecked();

  const other = await context.newPage();
  await actAsDesktop(other, { hasTray: false, traySaveFails: false });
  await openApp(other);
  dialog = await openDesktopSettings(other);
  keep = dialog.getByRole('checkbox', { name: 'Keep running in the tray when the window is closed' });
  await expect(keep).toBeDisabled();
  await expect(keep).toHaveAccessibleDescription('This computer shows no tray icons, so closing the window quits Civic Notebook.');
  await settleAnimations(other);
  await expectNoSeriousA11yViolations(other);
  expect((await recorded(other)).tray).toEqual([]);
});

test('the desktop is told of changes not yet synced as concerns are logged', async ({ page }) => {
  await actAsDesktop(page);
  await openApp(page);
  await expect.poll(async () => (await recorded(page)).reports.length).toBeGreaterThan(0);
  const before = (await recorded(page)).reports.at(-1)?.unsynced ?? 0;
  await logConcern(page, `Streetlight out on Mill Lane, reported from the desktop ${Date.now().toString(36)}`);
  await expect.poll(async () => (await recorded(page)).reports.at(-1)).toEqual({ unsynced: before + 1, priorityWaiting: 0 });
});

/**
 * Importing an office's history (settings → Import history…) through the real app and office server: a file
 * with problems lists every one and imports nothing; a good file imports, shows in the notebook as text (its
 * hostile markup never runs) and reaches a second desk; importing it again says it is already there; only an
 * admin gets the screen.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ACCOUNTS, type TestAccount } from './accounts';
import { expectNoSeriousA11yViolations, openApp, tabTo } from './support';

const folder = mkdtempSync(join(tmpdir(), 'history-import-'));

/** Writes a CSV file for the test and returns its path. */
function csvFile(name: string, lines: readonly string[]): string {
  const path = join(folder, name);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

async function signedInDesk(browser: Browser, account: TestAccount): Promise<Page> {
  const context = await browser.newContext();
  const answer = await context.request.post('/api/sessions', { data: { email: account.email, password: account.password } });
  expect(answer.status()).toBe(201);
  const page = await context.newPage();
  await openApp(page);
  await expect(page.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced');
  return page;
}

const importDialog = (page: Page) => page.getByRole('dialog', { name: "Import the office's history" });

/** Opens settings, then the import, by keyboard. */
async function openImport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings for this desk' });
  const open = settings.getByRole('button', { name: 'Import history…' });
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  await expect(importDialog(page)).toBeVisible();
}

/** The notebook's entries found by a search. */
async function searchEntries(page: Page, words: string) {
  await page.getByLabel('Search all entries').fill(words);
  return page.getByTestId('entry');
}

test.describe('importing history', () => {
  test('a file with problems imports nothing; a good one imports, syncs, shows as text and is not imported twice', async ({ browser }) => {
    const stamp = `hx${Date.now().toString(36)}`;
    const ana = await signedInDesk(browser, ACCOUNTS.ana);
    let alerted = false;
    ana.on('dialog', (dialog) => {
      alerted = true;
      void dialog.dismiss();
    });

    // A file with four problems on four rows: every one is listed, and nothing is imported.
    const bad = csvFile('bad-history.csv', [
      'id,created_at,text,category,channel,location',
      `${stamp}-1,2025-01-04T09:30:00Z,"Street light out on Oak Lane ${stamp}",Streets,phone,Northside`,
      `${stamp}-2,04/01/2025,Bins missed ${stamp},Waste,phone,`,
      `${stamp}-3,2025-01-05,,Waste,phone,`,
      `${stamp}-1,2025-01-06,Duplicate ${stamp},,,`,
      `${stamp}-5,2025-01-07,Pigeon ${stamp},,carrier pigeon,`,
    ]);
    await openImport(ana);
    const dialog = importDialog(ana);
    await expect(dialog.getByText('They do not enter the review queue or start response clocks', { exact: false })).toBeVisible();
    await expectNoSeriousA11yViolations(ana);
    await tabTo(ana, dialog.getByRole('button', { name: 'Choose a CSV file' }));
    await dialog.locator('input[type=file]').setInputFiles(bad);
    await expect(dialog.getByRole('alert')).toHaveText('bad-history.csv has 4 problems. Nothing was imported.');
    await expect(dialog.getByRole('alert')).toBeFocused();
    const problems = dialog.getByTestId('history-import-problems').getByRole('listitem');
    await expect(problems).toHaveText([
      /^Row 3 created_at "04\/01\/2025" is not an ISO 8601 date/,
      'Row 4 text is empty',
      `Row 5 id "${stamp}-1" is also on row 2: each row needs its own id`,
      /^Row 6 channel "carrier pigeon" is not one the notebook knows/,
    ]);
    await expectNoSeriousA11yViolations(ana);
    await ana.keyboard.press('Escape');
    await expect(await searchEntries(ana, stamp)).toHaveCount(0);

    // A good file, with personal data and hostile markup in its text.
    const good = csvFile('good-history.csv', [
      '\ufeffid,created_at,text,category,channel,location',
      `${stamp}-1,2025-01-04T09:30:00Z,"Street light out on Oak Lane ${stamp}. Dark for a week.",Streets,Phone,Northside`,
      `${stamp}-2,2025-02-11,"<img src=x onerror=alert(1)>Caller Jane Roe (jane.roe@example.org, 555 014 2368) ${stamp}.\n<script>alert('owned')</script>",Waste,e-mail,Docks`,
      `${stamp}-3,2025-03-20T10:00:00+01:00,Noise from the bar on Quay Street ${stamp},Noise,,Old Town`,
    ]);
    await ana.getByLabel('Search all entries').fill('');
    await openImport(ana);
    await dialog.locator('input[type=file]').setInputFiles(good);
    await expect(dialog.getByRole('status').filter({ hasText: 'good-history.csv is ready to import' })).toBeVisible();
    const preview = dialog.locator('dl');
    await expect(preview).toContainText('Rows3');
    await expect(preview).toContainText('2025-01 to 2025-03 (3 months with concerns)');
    await expect(preview).toContainText('Noise (1), Streets (1), Waste (1)');
    await expect(preview).toContainText('Email (1), Other (1), Phone (1)');
    await expect(preview).toContainText('0 of 3 (they will be skipped)');
    await expectNoSeriousA11yViolations(ana);
    const importButton = dialog.getByRole('button', { name: 'Import 3 concerns' });
    await tabTo(ana, importButton);
    await ana.keyboard.press('Enter');
    await expect(dialog.getByRole('status').filter({ hasText: 'Imported 3 concerns from good-history.csv; they will sync to the office.' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Done' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();

    const found = await searchEntries(ana, stamp);
    await expect(found).toHaveCount(3);
    await expect(found.filter({ hasText: '<img src=x onerror=alert(1)>Caller Jane Roe' })).toHaveCount(1);
    await expect(ana.locator('img[src="x"]')).toHaveCount(0);
    expect(alerted).toBe(false);
    await expect(ana.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced', { timeout: 15_000 });

    // A second desk of the office receives them through the server.
    const gia = await signedInDesk(browser, ACCOUNTS.gia);
    await expect(await searchEntries(gia, stamp)).toHaveCount(3, { timeout: 15_000 });

    // The same file again: already there, nothing to import.
    await ana.getByLabel('Search all entries').fill('');
    await openImport(ana);
    await dialog.locator('input[type=file]').setInputFiles(good);
    await expect(dialog.getByRole('status').filter({ hasText: 'All 3 concerns in this file are already in the notebook.' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  });

  test('only an admin gets the import; counter staff are told why', async ({ browser }) => {
    const ben = await signedInDesk(browser, ACCOUNTS.ben);
    await openImport(ben);
    await expect(importDialog(ben)).toContainText("Only an admin can import the office's history.");
    await expect(importDialog(ben).locator('input[type=file]')).toHaveCount(0);
    await expectNoSeriousA11yViolations(ben);
  });
});

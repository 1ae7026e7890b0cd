/**
 * Makes the README's screenshot (docs/screenshot.png) from the real app: a morning at the front desk, one
 * entry open with its details and history, and the next caller half typed with a tag suggestion showing.
 * The clock is pinned so the picture does not change with the day the tests run, and every step is asserted,
 * so a broken notebook cannot produce a pretty picture.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { entry, logConcern, openApp } from './support';

test.use({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'UTC', colorScheme: 'light' });

const MORNING = '2026-03-10T09:00:00Z';
/** Where the README expects it, whatever folder the tests are run from. */
const SCREENSHOT = resolve(import.meta.dirname, '../../docs/screenshot.png');

/** Moves the desk's clock to `time` on the pinned day ("09:12"), so each entry shows its own time. */
async function at(page: Page, time: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`2026-03-10T${time}:00Z`));
}

test('produces the README screenshot of a morning at the desk', async ({ page }) => {
  await page.clock.setFixedTime(new Date(MORNING));
  await openApp(page);

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings for this desk' });
  await settings.getByLabel('Your name at this desk').fill('Sam Patel');
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings).toBeHidden();

  await at(page, '09:04');
  await logConcern(page, 'Mrs Lopez called: streetlight out on Elm St since Friday, the corner is pitch dark #streetlights !top');
  // This desk has no office server: it offers to pass the top-priority concern on itself, and Sam phones it through.
  const fallback = page.getByRole('region', { name: 'Priority concerns not emailed yet' });
  await fallback.getByRole('button', { name: /^Call instead/ }).click();
  await fallback.getByLabel('Who you spoke to (optional)').fill('Jo, duty officer');
  await fallback.getByRole('button', { name: 'Record the call' }).click();
  await expect(fallback).toBeHidden();
  await at(page, '09:17');
  await logConcern(page, 'Bins not collected on Mill Lane for two weeks #waste #missed-collection !high');

  await at(page, '09:31');
  const quick = page.getByLabel('Quick capture');
  await quick.fill('Noise from the Harbour Street night club until 4am #noise');
  await quick.press('Shift+Enter');
  const form = page.getByRole('dialog', { name: 'New concern' });
  await form.getByLabel('Details', { exact: true }).fill(
    'Bass audible through the walls every Friday and Saturday. Neighbours have complained before; she asks whether the licence allows music after midnight.',
  );
  await form.getByLabel('Channel').selectOption('walk-in');
  await form.getByRole('combobox', { name: 'Category' }).fill('Noise');
  await form.getByLabel('Name', { exact: true }).fill('Aisha Khan');
  await form.getByLabel('Email', { exact: true }).fill('aisha.khan@example.org');
  await form.getByLabel('Consent to be contacted').check();
  await form.getByLabel('Address').fill('14 Harbour Street');
  await form.getByLabel('Area').fill('Old Town');
  await form.getByLabel('Follow-up needed').check();
  await form.getByRole('button', { name: 'Save concern' }).click();
  await expect(form).toBeHidden();

  await at(page, '09:48');
  await logConcern(page, 'Asked when the Westgate library reopens after the refurbishment #libraries');
  await at(page, '10:06');
  await logConcern(page, 'Bus shelter glass smashed at the Station Road stop #vandalism #public-transport');
  await expect(page.getByTestId('entry')).toHaveCount(5);

  const noise = entry(page, 'Noise from the Harbour Street night club');
  await noise.getByRole('button').first().click();
  await expect(noise).toContainText('aisha.khan@example.org');
  await expect(noise.getByRole('region', { name: 'History' })).toContainText('Sam Patel logged it');

  // The next caller, half typed, with the tag suggestion open under the line.
  await at(page, '10:12');
  await quick.pressSequentially('Walk-in: overflowing bins by the market hall #wa');
  const suggestions = page.getByRole('listbox', { name: 'Tag suggestions' });
  await expect(suggestions.getByRole('option', { name: '#waste' })).toBeVisible();
  await expect(quick).toBeFocused();

  await page.mouse.move(1270, 790);
  const png = await page.screenshot({ path: SCREENSHOT, animations: 'disabled' });
  // The file the README shows is there, and is the picture just taken at the size the README expects.
  const written = await readFile(SCREENSHOT);
  expect(written.equals(png)).toBe(true);
  expect([written.readUInt32BE(16), written.readUInt32BE(20)]).toEqual([1280, 800]);
});

import { test, expect } from '@playwright/test';
import { entry, expectNoSeriousA11yViolations, logConcern, openApp } from './support';

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('logs three concerns through the quick line and keeps them across a reload', async ({ page }) => {
  await logConcern(page, 'Mrs Lopez called, streetlight out on Elm St #streetlights !top');
  await logConcern(page, 'Bins not collected on Mill Lane #waste #missed-collection !high');
  await logConcern(page, 'Asked about opening hours of the library');
  await expect(page.getByTestId('entry')).toHaveCount(3);

  await page.reload();
  await expect(page.getByTestId('entry')).toHaveCount(3);
  const lopez = entry(page, 'Mrs Lopez called, streetlight out on Elm St');
  await expect(lopez).toContainText('#streetlights');
  await expect(lopez).toContainText('Top priority');
  await expect(lopez).not.toContainText('!top');
  const bins = entry(page, 'Bins not collected on Mill Lane');
  await expect(bins).toContainText('#waste');
  await expect(bins).toContainText('#missed-collection');
  await expect(bins).toContainText('High priority');
  await expect(entry(page, 'opening hours of the library')).not.toContainText('priority');
});

test('gives back what was being typed after a reload mid-sentence', async ({ page }) => {
  const quick = page.getByLabel('Quick capture');
  await quick.pressSequentially('Mr Chen says the bus shelter on Station Road is smash');
  await page.waitForTimeout(400); // let the draft reach IndexedDB, as it would while the caller keeps talking
  await page.reload();
  await expect(page.getByLabel('Quick capture')).toHaveValue('Mr Chen says the bus shelter on Station Road is smash');
});

test('keeps a set-aside draft while another caller is logged', async ({ page }) => {
  const quick = page.getByLabel('Quick capture');
  await quick.pressSequentially('Caller about flooding on Riverside Walk, wants a call back');
  await quick.press('Alt+s');
  await expect(quick).toHaveValue('');
  await logConcern(page, 'Walk-in: dog fouling in the park #parks');
  await page.reload();
  await expect(page.getByText('flooding on Riverside Walk').first()).toBeVisible();
  await page.getByLabel('Quick capture').press('Alt+d');
  await expect(page.getByLabel('Quick capture')).toHaveValue('Caller about flooding on Riverside Walk, wants a call back');
});

test('shows a specific message for a malformed tag or priority and keeps the line', async ({ page }) => {
  const quick = page.getByLabel('Quick capture');
  await quick.fill('Graffiti on the underpass #bad$tag !soon');
  await quick.press('Enter');
  await expect(page.getByText(/"#bad\$tag" is not a valid tag/)).toBeVisible();
  await expect(page.getByText(/"!soon" is not a priority/)).toBeVisible();
  await expect(quick).toHaveValue('Graffiti on the underpass #bad$tag !soon');
  await expect(page.getByTestId('entry')).toHaveCount(0);
});

test('finds concerns by tag, by contact name and by a word in the details', async ({ page }) => {
  await logConcern(page, 'Streetlight out on Elm St #streetlights');
  await logConcern(page, 'Overflowing bins at the market #waste');

  const quick = page.getByLabel('Quick capture');
  await quick.fill('Noise from the night club on Harbour Street #noise');
  await quick.press('Shift+Enter');
  const form = page.getByRole('dialog');
  await expect(form.getByLabel('Summary')).toHaveValue('Noise from the night club on Harbour Street');
  await form.getByLabel('Details', { exact: true }).fill('Bass audible until 4am; neighbours cannot sleep');
  await form.getByLabel('Name', { exact: true }).fill('Aisha Khan');
  await form.getByRole('button', { name: 'Save concern' }).click();
  await expect(form).toBeHidden();

  const search = page.getByLabel('Search all entries');
  await search.fill('#streetlights');
  await expect(page.getByTestId('entry')).toHaveCount(1);
  await expect(page.getByTestId('entry').first()).toContainText('Streetlight out on Elm St');
  await search.fill('khan');
  await expect(page.getByTestId('entry')).toHaveCount(1);
  await expect(page.getByTestId('entry').first()).toContainText('Harbour Street');
  await search.fill('neighbours sleep');
  await expect(page.getByTestId('entry')).toHaveCount(1);
  await expect(page.getByTestId('entry').first()).toContainText('Harbour Street');
});

test('shows what is wrong with an invalid email and keeps everything typed', async ({ page }) => {
  const quick = page.getByLabel('Quick capture');
  await quick.fill('Pothole on Quarry Hill #potholes');
  await quick.press('Shift+Enter');
  const form = page.getByRole('dialog');
  await form.getByLabel('Name', { exact: true }).fill('John Reid');
  await form.getByLabel('Email', { exact: true }).fill('john.reid@');
  await form.getByRole('button', { name: 'Save concern' }).click();
  await expect(form.getByText('Enter an email address like name@example.org')).toBeVisible();
  await expect(form.getByLabel('Email', { exact: true })).toHaveValue('john.reid@');
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('John Reid');
  await expect(form.getByLabel('Summary')).toHaveValue('Pothole on Quarry Hill');

  await form.getByLabel('Email', { exact: true }).fill('john.reid@example.org');
  await form.getByRole('button', { name: 'Save concern' }).click();
  await expect(form).toBeHidden();
  await expect(entry(page, 'Pothole on Quarry Hill')).toBeVisible();
});

test('has no serious accessibility problems on the notebook and its dialogs', async ({ page }) => {
  await logConcern(page, 'Mrs Lopez called, streetlight out on Elm St #streetlights !top');
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Quick capture').press('Shift+Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

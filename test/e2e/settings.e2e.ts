/** Settings for the desk: the name every concern is logged under, the office's categories, and the theme. */
import { test, expect, type Page } from '@playwright/test';
import { entry, logConcern, openApp } from './support';

const settingsDialog = (page: Page) => page.getByRole('dialog', { name: 'Settings for this desk' });
const categoryList = (page: Page) => settingsDialog(page).getByRole('list', { name: "The office's categories" });

/** The page's background colour, as the browser computed it from the theme's tokens. */
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
/** Light paper (#f7f5f0) and dark paper (#141619) from tokens.css. */
const LIGHT_PAPER = 'rgb(247, 245, 240)';
const DARK_PAPER = 'rgb(20, 22, 25)';

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('logs new concerns under the name set at the desk and offers a category added in settings, after a reload too', async ({ page }) => {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = settingsDialog(page);
  await expect(dialog).toBeVisible();
  const name = dialog.getByLabel('Your name at this desk');
  await expect(name).toHaveValue('Front desk');
  await name.fill('Dana Ortiz');

  const newCategory = dialog.getByLabel('New category');
  await newCategory.fill('Bus shelters');
  await newCategory.press('Enter');
  await expect(categoryList(page).getByRole('listitem').filter({ hasText: 'Bus shelters' })).toHaveCount(1);
  await expect(newCategory).toHaveValue('');
  const count = await categoryList(page).getByRole('listitem').count();

  // A duplicate (case and spaces ignored) is refused with a message naming the one already there; the
  // typed text stays for correcting.
  await newCategory.fill('bus shelters ');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByText('"Bus shelters" is already in the list.')).toBeVisible();
  await expect(newCategory).toHaveValue('bus shelters ');
  await expect(newCategory).toHaveAttribute('aria-invalid', 'true');
  await expect(categoryList(page).getByRole('listitem')).toHaveCount(count);
  await newCategory.fill('STREETLIGHTS');
  await newCategory.press('Enter');
  await expect(dialog.getByText('"Streetlights" is already in the list.')).toBeVisible();
  await expect(newCategory).toHaveValue('STREETLIGHTS');

  // Save with the refused name still typed: nothing is saved and nothing typed is lost.
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Some answers need a change' })).toBeVisible();
  await expect(newCategory).toHaveValue('STREETLIGHTS');
  await expect(name).toHaveValue('Dana Ortiz');

  await newCategory.fill('');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('contentinfo')).toContainText('At this desk: Dana Ortiz');

  // A concern logged now is logged by the new name, in its details and its history.
  await logConcern(page, 'Bus shelter glass smashed on Station Road #vandalism');
  const shelter = entry(page, 'Bus shelter glass smashed on Station Road');
  await shelter.getByRole('button').first().click();
  await expect(shelter).toContainText('Logged by Dana Ortiz on');
  await expect(shelter.getByRole('region', { name: 'History' })).toContainText('Dana Ortiz logged it');

  // The new category is offered in the form's category list.
  const quick = page.getByLabel('Quick capture');
  await quick.fill('Shelter roof leaking at Market Square');
  await quick.press('Shift+Enter');
  const form = page.getByRole('dialog', { name: 'New concern' });
  const category = form.getByRole('combobox', { name: 'Category' });
  await category.fill('shel');
  await expect(page.getByRole('option', { name: 'Bus shelters' })).toBeVisible();
  await page.getByRole('option', { name: 'Bus shelters' }).click();
  await expect(category).toHaveValue('Bus shelters');
  await form.getByRole('button', { name: 'Save concern' }).click();
  await expect(form).toBeHidden();
  await expect(entry(page, 'Shelter roof leaking at Market Square')).toContainText('Bus shelters');

  // Everything survives a reload: the name, the list, and who logged what.
  await page.reload();
  await expect(page.getByRole('contentinfo')).toContainText('At this desk: Dana Ortiz');
  await page.getByLabel('Quick capture').press('Control+,');
  await expect(settingsDialog(page)).toBeVisible();
  await expect(settingsDialog(page).getByLabel('Your name at this desk')).toHaveValue('Dana Ortiz');
  await expect(categoryList(page).getByRole('listitem').filter({ hasText: 'Bus shelters' })).toHaveCount(1);
  await expect(categoryList(page).getByRole('listitem')).toHaveCount(count);
  await settingsDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(settingsDialog(page)).toBeHidden();
  const reloaded = entry(page, 'Bus shelter glass smashed on Station Road');
  await reloaded.getByRole('button').first().click();
  await expect(reloaded).toContainText('Logged by Dana Ortiz on');
});

test('refuses an empty name at the desk with a specific message and keeps the old name', async ({ page }) => {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = settingsDialog(page);
  await dialog.getByLabel('Your name at this desk').fill('   ');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByText('Enter the name of the person at this desk')).toBeVisible();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('contentinfo')).toContainText('At this desk: Front desk');
});

test('switches to the dark theme and keeps it after a reload, whatever the computer prefers', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => pageBackground(page)).toBe(LIGHT_PAPER);
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();

  await page.getByLabel('Quick capture').press('Control+,');
  const dialog = settingsDialog(page);
  await expect(dialog).toBeVisible();
  const theme = dialog.getByRole('radiogroup', { name: 'Theme' });
  await expect(theme.getByRole('radio', { name: 'Same as this computer' })).toBeChecked();
  await theme.getByText('Dark', { exact: true }).click();
  await expect(theme.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();

  await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  await expect.poll(() => pageBackground(page)).toBe(DARK_PAPER);

  await page.reload();
  await expect(page.getByLabel('Quick capture')).toBeFocused();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  await expect.poll(() => pageBackground(page)).toBe(DARK_PAPER);

  // Back to following the computer: the forced theme goes and the system's light scheme applies again.
  await page.getByRole('button', { name: 'Settings' }).click();
  await settingsDialog(page).getByText('Same as this computer', { exact: true }).click();
  await settingsDialog(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settingsDialog(page)).toBeHidden();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
  await expect.poll(() => pageBackground(page)).toBe(LIGHT_PAPER);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => pageBackground(page)).toBe(DARK_PAPER);
});

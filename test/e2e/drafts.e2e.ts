/**
 * Drafts: nothing typed is lost to a reload, several callers can be on hold at once, a draft is only deleted
 * on purpose (with a confirmation) or by saving it. Each reload happens only once the draft is observably in
 * IndexedDB, the way a real reload happens a moment after the last keystroke.
 */
import { test, expect, type Page } from '@playwright/test';
import { entry, openApp, storedDrafts } from './support';

const quickLine = (page: Page) => page.getByLabel('Quick capture');
const draftsRow = (page: Page) => page.getByRole('navigation', { name: 'Drafts' });
const chip = (page: Page, text: string) => draftsRow(page).getByRole('button', { name: new RegExp(`^Draft \\d+ · .*${text}`) });

/** Waits until a draft whose text (line or form summary) contains `text` is stored. */
async function expectDraftStored(page: Page, text: string): Promise<void> {
  await expect
    .poll(async () => (await storedDrafts(page)).some((d) => d.text.includes(text) || JSON.stringify(d.form ?? {}).includes(text)))
    .toBe(true);
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('gives back the full form with everything typed after a reload mid-form', async ({ page }) => {
  const quick = quickLine(page);
  await quick.fill('Pothole on Quarry Hill #potholes');
  await quick.press('Shift+Enter');
  const form = page.getByRole('dialog', { name: 'New concern' });
  await form.getByLabel('Details', { exact: true }).fill('Deep enough to burst a tyre; near the bus stop');
  await form.getByLabel('Name', { exact: true }).fill('John Reid');
  await form.getByLabel('Phone', { exact: true }).fill('555 014 2368');
  await expect
    .poll(async () => {
      const draft = (await storedDrafts(page)).find((d) => d.kind === 'form');
      const contact = draft?.form?.['contact'] as { name?: string; phone?: string } | undefined;
      return [contact?.name, contact?.phone, draft?.form?.['details']];
    })
    .toEqual(['John Reid', '555 014 2368', 'Deep enough to burst a tyre; near the bus stop']);

  await page.reload();
  const reopened = page.getByRole('dialog', { name: 'New concern' });
  await expect(reopened).toBeVisible();
  await expect(reopened.getByLabel('Summary')).toHaveValue('Pothole on Quarry Hill');
  await expect(reopened.getByLabel('Details', { exact: true })).toHaveValue('Deep enough to burst a tyre; near the bus stop');
  await expect(reopened.getByLabel('Name', { exact: true })).toHaveValue('John Reid');
  await expect(reopened.getByLabel('Phone', { exact: true })).toHaveValue('555 014 2368');
  await expect(reopened.getByRole('button', { name: 'Remove tag potholes' })).toBeVisible();

  // Closed, it waits as a form draft under the quick line, and opens again with the same values.
  await reopened.getByLabel('Details', { exact: true }).press('Escape');
  await expect(reopened).toBeHidden();
  const formChip = draftsRow(page).getByRole('button', { name: /form · “Pothole on Quarry Hill”/ });
  await formChip.click();
  await expect(reopened.getByLabel('Name', { exact: true })).toHaveValue('John Reid');
  await reopened.getByRole('button', { name: 'Save concern' }).click();
  await expect(reopened).toBeHidden();
  await expect(entry(page, 'Pothole on Quarry Hill')).toContainText('#potholes');
});

test('keeps two drafts set aside and a third being typed across a reload, and resumes each of them', async ({ page }) => {
  const quick = quickLine(page);
  await quick.pressSequentially('Caller about flooding on Riverside Walk');
  await quick.press('Alt+s');
  await expect(quick).toHaveValue('');
  await quick.pressSequentially('Walk-in asking about bulky waste');
  await quick.press('Alt+s');
  await expect(quick).toHaveValue('');
  await quick.pressSequentially('Second caller: dog fouling in Victoria Park');
  await expectDraftStored(page, 'dog fouling in Victoria Park');
  await expect.poll(async () => (await storedDrafts(page)).length).toBe(3);

  await page.reload();
  // The draft being typed is back in the line; the two set aside wait as chips.
  await expect(quickLine(page)).toHaveValue('Second caller: dog fouling in Victoria Park');
  await expect(draftsRow(page).getByRole('listitem')).toHaveCount(3);
  await expect(chip(page, 'dog fouling')).toHaveAttribute('aria-current', 'true');
  await expect(chip(page, 'flooding on Riverside Walk')).not.toHaveAttribute('aria-current', 'true');

  await chip(page, 'flooding on Riverside Walk').click();
  await expect(quickLine(page)).toHaveValue('Caller about flooding on Riverside Walk');
  await expect(quickLine(page)).toBeFocused();
  await expect(chip(page, 'flooding on Riverside Walk')).toHaveAttribute('aria-current', 'true');

  // Alt+D goes round the line drafts.
  await quickLine(page).press('Alt+d');
  await expect(quickLine(page)).toHaveValue('Walk-in asking about bulky waste');
  await quickLine(page).press('Alt+d');
  await expect(quickLine(page)).toHaveValue('Second caller: dog fouling in Victoria Park');

  // A resumed draft is saved like any line, and only its chip goes.
  await chip(page, 'bulky waste').click();
  await quickLine(page).pressSequentially(' collection #waste');
  await quickLine(page).press('Enter');
  await expect(quickLine(page)).toHaveValue('');
  await expect(entry(page, 'Walk-in asking about bulky waste collection')).toContainText('#waste');
  await expect(draftsRow(page).getByRole('listitem')).toHaveCount(2);
  await expect(chip(page, 'bulky waste')).toHaveCount(0);
});

test('asks before discarding a draft, keeps it on "Keep it", and removes it for good once confirmed', async ({ page }) => {
  const quick = quickLine(page);
  await quick.pressSequentially('Caller about flooding on Riverside Walk');
  await quick.press('Alt+s');
  await quick.pressSequentially('Walk-in asking about bulky waste');
  await quick.press('Alt+s');
  await expect(draftsRow(page).getByRole('listitem')).toHaveCount(2);

  await draftsRow(page).getByRole('button', { name: 'Discard draft 1' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Discard this draft?' });
  await expect(confirm).toContainText('“Caller about flooding on Riverside Walk” will be deleted');
  // "Keep it" has focus, so Enter by habit keeps the draft.
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(chip(page, 'flooding on Riverside Walk')).toBeVisible();

  await draftsRow(page).getByRole('button', { name: 'Discard draft 1' }).click();
  await confirm.getByRole('button', { name: 'Discard draft' }).click();
  await expect(confirm).toBeHidden();
  await expect(chip(page, 'flooding on Riverside Walk')).toHaveCount(0);
  await expect(chip(page, 'bulky waste')).toBeVisible();
  await expect.poll(async () => (await storedDrafts(page)).map((d) => d.text)).toEqual(['Walk-in asking about bulky waste']);

  await page.reload();
  await expect(quickLine(page)).toBeFocused();
  await expect(page.getByText('flooding on Riverside Walk')).toHaveCount(0);
  await expect(chip(page, 'bulky waste')).toBeVisible();
});

test('forgets the draft of a concern once it is saved, from the line or from the form', async ({ page }) => {
  const quick = quickLine(page);
  await quick.pressSequentially('Streetlight out on Elm St #streetlights');
  await expectDraftStored(page, 'Streetlight out on Elm St');
  await quick.press('Enter');
  await expect(entry(page, 'Streetlight out on Elm St')).toBeVisible();

  await quick.fill('Noise from the night club on Harbour Street');
  await quick.press('Shift+Enter');
  const form = page.getByRole('dialog', { name: 'New concern' });
  await form.getByLabel('Name', { exact: true }).fill('Aisha Khan');
  await expectDraftStored(page, 'Aisha Khan');
  await form.getByRole('button', { name: 'Save concern' }).click();
  await expect(form).toBeHidden();
  await expect.poll(() => storedDrafts(page)).toEqual([]);

  await page.reload();
  await expect(quickLine(page)).toBeFocused();
  await expect(quickLine(page)).toHaveValue('');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(draftsRow(page)).toHaveCount(0);
  await expect(page.getByTestId('entry')).toHaveCount(2);
  expect(await storedDrafts(page)).toEqual([]);
});

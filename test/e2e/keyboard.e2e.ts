/**
 * Everything by keyboard alone: no clicks, no mouse, and no Playwright call that moves focus for us (fill,
 * press or pressSequentially on a locator focus it first). Only page.keyboard is used; where focus lands is
 * asserted, so a control that cannot be reached or a shortcut that does nothing fails the test.
 */
import { test, expect, type Page } from '@playwright/test';
import { entry, openApp, pageHeading, tabTo } from './support';

const quickLine = (page: Page) => page.getByLabel('Quick capture');
/** The entry's row: the disclosure button that is the entry's stop in the list. */
const entryRow = (page: Page, text: string) => entry(page, text).getByRole('button').first();

/** Types a line into the focused quick line and saves it with Enter. */
async function typeLine(page: Page, line: string): Promise<void> {
  await expect(quickLine(page)).toBeFocused();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await expect(quickLine(page)).toHaveValue('');
  await expect(quickLine(page)).toBeFocused();
}

/** Moves focus from the quick line to the first entry of the day with Tab, as the list is one tab stop. */
async function tabToList(page: Page, firstText: string): Promise<void> {
  await tabTo(page, entryRow(page, firstText));
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('logs a concern from the quick line and another from the full form, category picked from the list, by keyboard alone', async ({ page }) => {
  await typeLine(page, 'Streetlight out on Elm St #streetlights !top');
  await expect(entry(page, 'Streetlight out on Elm St')).toContainText('Top priority');

  await page.keyboard.type('Noise from the night club on Harbour Street #noise');
  await page.keyboard.press('Shift+Enter');
  const form = page.getByRole('dialog', { name: 'New concern' });
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Summary')).toBeFocused();
  await expect(form.getByLabel('Summary')).toHaveValue('Noise from the night club on Harbour Street');

  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Details', { exact: true })).toBeFocused();
  await page.keyboard.type('Bass audible until 4am every Friday');

  // The category combo box offers the office's list from settings; typing narrows it, arrows and Enter pick.
  const category = form.getByRole('combobox', { name: 'Category' });
  await tabTo(page, category);
  await page.keyboard.type('nois');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options).toHaveText(['Noise']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(category).toHaveValue('Noise');
  await expect(category).toBeFocused();

  await tabTo(page, form.getByLabel('Name', { exact: true }));
  await page.keyboard.type('Aisha Khan');
  await page.keyboard.press('Control+Enter');
  await expect(form).toBeHidden();

  const noise = entry(page, 'Noise from the night club on Harbour Street');
  await expect(noise).toContainText('Noise');
  await expect(noise).toContainText('#noise');
  await expect(page.getByTestId('entry')).toHaveCount(2);
  // After the form, the keyboard is back where it was: on the quick line, ready for the next caller.
  await expect(quickLine(page)).toBeFocused();
});

test('moves through entries with j and k, expands with Enter, edits with e, and the history says who changed what', async ({ page }) => {
  await page.keyboard.type('Bins not collected on Mill Lane #waste');
  await page.keyboard.press('Shift+Enter');
  const newForm = page.getByRole('dialog', { name: 'New concern' });
  await tabTo(page, newForm.getByLabel('Email', { exact: true }));
  await page.keyboard.type('ana@example.org');
  await page.keyboard.press('Control+Enter');
  await expect(newForm).toBeHidden();
  await typeLine(page, 'Asked about library opening hours');

  await tabToList(page, 'Bins not collected on Mill Lane');
  await page.keyboard.press('j');
  await expect(entryRow(page, 'library opening hours')).toBeFocused();
  await page.keyboard.press('k');
  const bins = entryRow(page, 'Bins not collected on Mill Lane');
  await expect(bins).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(bins).toHaveAttribute('aria-expanded', 'true');
  const details = entry(page, 'Bins not collected on Mill Lane');
  await expect(details).toContainText('ana@example.org');

  await page.keyboard.press('e');
  const editForm = page.getByRole('dialog', { name: 'Edit concern' });
  await expect(editForm).toBeVisible();
  const status = editForm.getByLabel('Status');
  await tabTo(page, status);
  await expect(status).toHaveValue('new');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(status).toHaveValue('in-progress');
  const email = editForm.getByLabel('Email', { exact: true });
  await tabTo(page, email);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('ana.p@example.org');
  await page.keyboard.press('Control+Enter');
  await expect(editForm).toBeHidden();

  // Focus goes back to the entry the edit started from, still expanded, now with the edit in its history.
  await expect(bins).toBeFocused();
  await expect(bins).toHaveAttribute('aria-expanded', 'true');
  await expect(bins).toContainText('In progress');
  const history = details.getByRole('region', { name: 'History' });
  const items = history.getByRole('listitem').filter({ has: page.locator('time') });
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Front desk logged it');
  await expect(items.nth(1)).toContainText('Front desk changed it');
  await expect(items.nth(1)).toContainText('Email: from ana@example.org to ana.p@example.org');
  await expect(items.nth(1)).toContainText('Status: from New to In progress');

  // Enter again collapses it.
  await page.keyboard.press('Enter');
  await expect(bins).toHaveAttribute('aria-expanded', 'false');
  await expect(history).toBeHidden();
});

test('moves between days with [ and ] and comes back to today with t', async ({ page }) => {
  await typeLine(page, 'Pothole on Quarry Hill #potholes');
  const pothole = entry(page, 'Pothole on Quarry Hill');
  await expect(pageHeading(page)).toContainText('Today');

  // Day keys are plain letters, so they only work outside text fields: leave the quick line first.
  await tabToList(page, 'Pothole on Quarry Hill');
  await page.keyboard.press('[');
  await expect(pageHeading(page)).not.toContainText('Today');
  await expect(pothole).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Nothing was logged on this day' })).toBeVisible();
  const yesterday = await pageHeading(page).textContent();

  await page.keyboard.press('[');
  await expect(pageHeading(page)).not.toHaveText(yesterday ?? '');
  await page.keyboard.press(']');
  await expect(pageHeading(page)).toHaveText(yesterday ?? '');
  await page.keyboard.press(']');
  await expect(pageHeading(page)).toContainText('Today');
  await expect(pothole).toBeVisible();

  // "]" on today stays on today: there is no page for tomorrow.
  await page.keyboard.press(']');
  await expect(pageHeading(page)).toContainText('Today');

  await page.keyboard.press('[');
  await page.keyboard.press('[');
  await expect(pothole).toBeHidden();
  await page.keyboard.press('t');
  await expect(pageHeading(page)).toContainText('Today');
  await expect(pothole).toBeVisible();
});

test('keeps day keys as plain letters while typing in the quick line', async ({ page }) => {
  await page.keyboard.type('Trees [near the school] need trimming t');
  await expect(quickLine(page)).toHaveValue('Trees [near the school] need trimming t');
  await expect(pageHeading(page)).toContainText('Today');
});

test('focuses search with /, searches as you type, and Escape clears it and goes back to the quick line', async ({ page }) => {
  await typeLine(page, 'Streetlight out on Elm St #streetlights');
  await typeLine(page, 'Overflowing bins at the market #waste');

  await tabToList(page, 'Streetlight out on Elm St');
  await page.keyboard.press('/');
  const search = page.getByLabel('Search all entries');
  await expect(search).toBeFocused();
  await page.keyboard.type('market');
  await expect(page.getByTestId('search-results')).toHaveAttribute('data-query', 'market');
  await expect(page.getByTestId('entry')).toHaveCount(1);
  await expect(page.getByTestId('entry')).toContainText('Overflowing bins at the market');

  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(quickLine(page)).toBeFocused();
  await expect(pageHeading(page)).toContainText('Today');
  await expect(page.getByTestId('entry')).toHaveCount(2);

  // In the quick line "/" is a slash; Ctrl+F reaches search from there.
  await page.keyboard.type('24/7 noise');
  await expect(quickLine(page)).toHaveValue('24/7 noise');
  await page.keyboard.press('Control+f');
  await expect(search).toBeFocused();
});

test('opens the shortcut help with ? and closes it with Escape', async ({ page }) => {
  const previousDay = page.getByRole('button', { name: 'Previous day' });
  await tabTo(page, previousDay);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const action of [
    'Go to the quick line to log a concern',
    'Open the full form, filled in from the line',
    'Set this draft aside and start another',
    'Save the form',
    'Search all entries',
    'Previous day',
    'Next entry',
    'Edit the entry',
    'Command palette: every screen and action',
  ]) {
    await expect(help.getByText(action, { exact: false }).first()).toBeVisible();
  }
  await expect(help.locator('kbd.keys-cap', { hasText: /^K$/ })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  // Focus goes back where it was before the overlay opened.
  await expect(previousDay).toBeFocused();
  await expect(pageHeading(page)).toContainText('Today');
});

test('opens the command palette with Ctrl+K, filters as you type and runs the command with Enter', async ({ page }) => {
  await typeLine(page, 'Graffiti on the underpass #graffiti');
  // The header's button tells assistive technology its shortcut.
  await expect(page.getByRole('button', { name: 'Command palette' })).toHaveAttribute('aria-keyshortcuts', 'Control+K');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  const input = palette.getByLabel('Type a command');
  await expect(input).toBeFocused();
  const options = palette.getByRole('option');
  await expect(options).not.toHaveCount(0);
  // Empty, it lists every command; typing keeps only those whose label has every word typed.
  expect(await options.count()).toBeGreaterThan(5);
  await page.keyboard.type('previous day');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Go to the previous day');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(pageHeading(page)).not.toContainText('Today');
  await expect(entry(page, 'Graffiti on the underpass')).toBeHidden();

  await page.keyboard.press('Control+k');
  await expect(palette).toBeVisible();
  await page.keyboard.type('settings');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Settings for this desk' })).toBeVisible();
});

test('returns to the quick line with Alt+N from anywhere', async ({ page }) => {
  await typeLine(page, 'Broken bench in Victoria Park #parks');
  const quick = quickLine(page);

  // From the list.
  await tabToList(page, 'Broken bench in Victoria Park');
  await page.keyboard.press('Alt+n');
  await expect(quick).toBeFocused();

  // From the search box, mid-query.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('bench');
  await page.keyboard.press('Alt+n');
  await expect(quick).toBeFocused();
  await page.keyboard.press('Control+f');
  await page.keyboard.press('Escape');
  await expect(quick).toBeFocused();

  // From the header's buttons, reached backwards with Shift+Tab.
  await tabTo(page, page.getByRole('button', { name: 'Settings' }), { backwards: true });
  await page.keyboard.press('Alt+n');
  await expect(quick).toBeFocused();

  // And the line keeps what was being typed: the caret goes to its end, ready to carry on.
  await page.keyboard.type('Caller about');
  await tabTo(page, page.getByRole('button', { name: 'Previous day' }));
  await page.keyboard.press('Alt+n');
  await expect(quick).toBeFocused();
  await page.keyboard.type(' parking');
  await expect(quick).toHaveValue('Caller about parking');
});

test('focus never falls to the page when the control that holds it goes away, at once or frames later', async ({ page }) => {
  // A part of the view with three controls, put beside the app's own (a merge removes its own button this way).
  await page.evaluate(() => {
    const part = document.createElement('section');
    part.id = 'focus-part';
    part.innerHTML = '<div id="focus-group"><button id="first">First</button><button id="second">Second</button></div><button id="outside">Outside</button>';
    document.querySelector('main')?.append(part);
  });
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

  // Removed at once: the first control left beside it takes focus.
  await page.locator('#first').focus();
  await page.evaluate(() => document.getElementById('first')?.remove());
  await expect.poll(focusedId).toBe('second');

  // Hidden, as when a list re-renders without it: the same.
  await page.evaluate(() => document.getElementById('second')?.setAttribute('hidden', ''));
  await expect.poll(focusedId).toBe('outside');

  // A click on empty space puts focus on the page on purpose: it stays there when the page changes later.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => document.getElementById('focus-group')?.append(document.createElement('span')));
  await page.waitForTimeout(100); // two frames and more: nothing is to happen, so there is nothing to wait for
  expect(await focusedId()).toBe('');

  // Gone with everything around it, a view replaced whole: focus stays on the page, where global keys work.
  await page.locator('#outside').focus();
  await page.evaluate(() => document.getElementById('focus-part')?.remove());
  await page.waitForTimeout(100);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: /shortcuts/i })).toBeVisible();
});

/**
 * The meeting view (issue 6) by keyboard alone, on a desk of its own: concerns logged this month, the meeting
 * opened with Alt+3 (the last complete month first: empty, saying how to bring in history), ] to this month,
 * the figures and themes found in the worker, a theme opened with Enter and its concerns drilled into, one of
 * them opened with the app's concern opener and the way back; a rename (r) and a merge (m) corrected, a pin
 * (p); axe on the dashboard, a theme and the correction dialog.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, logConcern, openApp, tabTo } from './support';

const LIGHTS = ['Streetlight out on Mill Lane, dark at night', 'Streetlight broken on Mill Lane again', 'Dark street, streetlight out near the school', 'Streetlight flickering then out, Mill Lane', 'Streetlight out by the bus stop, very dark', 'Streetlight not working, dark and unsafe'];
const BINS = ['Bins not collected on Oak Lane', 'Missed bin collection this week', 'Bin collection missed again, rubbish piling', 'Bins not emptied on Oak Lane', 'Missed bins, collection day skipped', 'Rubbish bins not collected for two weeks'];
const POTHOLES = ['Pothole on Station Road damaged a tyre', 'Deep pothole on Station Road', 'Pothole near the roundabout, dangerous', 'Pothole getting bigger on Station Road', 'Pothole on the cycle lane, Station Road', 'Huge pothole by the bridge'];

const themeCards = (page: Page) => page.getByTestId('theme-card');

test('the meeting view: figures, themes, drill-down, corrections and a pin by keyboard', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  for (const line of [...LIGHTS, ...BINS, ...POTHOLES]) await logConcern(page, line);

  await page.keyboard.press('Alt+3');
  const view = page.getByTestId('meeting-view');
  await expect(view).toBeVisible();
  await expect(view.getByRole('heading', { name: /No concerns were logged in/ })).toBeVisible({ timeout: 30_000 });
  await expect(view).toContainText('Import history');

  // This month: the worker finds the themes.
  await page.keyboard.press(']');
  await expect(themeCards(page).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('figure-concerns')).toContainText('18');
  await expectNoSeriousA11yViolations(page);

  // Into a theme by keyboard: Tab to the grid's one tab stop, Enter opens it.
  const firstOpen = themeCards(page).first().getByRole('button').first();
  await tabTo(page, firstOpen, { maxPresses: 60 });
  const label = (await firstOpen.textContent()) ?? '';
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('theme-detail');
  await expect(detail.getByRole('heading', { level: 3, name: label })).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  // Its concerns, and one of them opened; the way back returns to the theme and its list.
  await tabTo(page, detail.getByRole('button', { name: /^\d+ concerns$/ }));
  await page.keyboard.press('Enter');
  const drill = page.getByRole('dialog');
  await expect(drill.getByTestId('drill-list').getByRole('listitem').first()).toBeVisible();
  await tabTo(page, drill.getByRole('button', { name: /^Open: / }).first());
  await page.keyboard.press('Enter');
  const back = page.getByRole('button', { name: 'Back to the meeting' });
  await expect(back).toBeVisible();
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  // Rename with r.
  await detail.getByRole('heading', { level: 3 }).focus();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await tabTo(page, themeCards(page).first().getByRole('button').first(), { maxPresses: 60 });
  await page.keyboard.press('r');
  const rename = page.getByRole('dialog', { name: /^Rename/ });
  await expect(rename.getByLabel('New name')).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Street lights out');
  await page.keyboard.press('Enter');
  await expect(rename).toBeHidden();
  await expect(themeCards(page).filter({ hasText: 'Street lights out' })).toHaveCount(1, { timeout: 30_000 });

  // Merge two themes with m: the current one and the first other offered.
  const count = await themeCards(page).count();
  expect(count).toBeGreaterThanOrEqual(2);
  await tabTo(page, themeCards(page).getByRole('button').and(page.locator('[tabindex="0"]')).first(), { maxPresses: 60 });
  await page.keyboard.press('m');
  const merge = page.getByRole('dialog', { name: /^Merge/ });
  await expect(merge.getByRole('checkbox').first()).toBeFocused();
  await page.keyboard.press('Space');
  await tabTo(page, merge.getByLabel('Name of the merged theme'));
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Streets and bins');
  await page.keyboard.press('Enter');
  await expect(merge).toBeHidden();
  await expect(themeCards(page).filter({ hasText: 'Streets and bins' })).toHaveCount(1, { timeout: 30_000 });
  await expect(themeCards(page)).toHaveCount(count - 1);

  // Pin it with p, then its page says it is on the agenda and lists the corrections with who made them.
  await tabTo(page, themeCards(page).filter({ hasText: 'Streets and bins' }).getByRole('button').first(), { maxPresses: 60 });
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  const merged = themeCards(page).filter({ hasText: 'Streets and bins' }).getByRole('button').first();
  await merged.focus();
  await page.keyboard.press('p');
  await page.keyboard.press('Enter');
  await expect(detail.getByRole('button', { name: 'On the agenda' })).toBeDisabled({ timeout: 10_000 });
  await expect(detail.getByTestId('corrections')).toContainText('merged 2 themes as “Streets and bins”');
});

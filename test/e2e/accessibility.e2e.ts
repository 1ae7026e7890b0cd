/**
 * axe-core on every screen and dialog of the notebook, in the light and the dark theme (following the system
 * setting, as a new desk does), failing on any serious or critical violation: contrast included, so both
 * themes' tokens are checked where they are used, not only where they are defined.
 */
import { test, expect, type Page } from '@playwright/test';
import { chooseHistoryFile, historyImportDialog, importChosenFile, openHistoryImport, writeHistoryFile } from './meeting-support';
import { entry, expectNoSeriousA11yViolations, logConcern, openApp, settleAnimations, tabTo } from './support';

/** axe on the settled page: a dialog half faded in would be measured at part of its contrast. */
async function expectAccessible(page: Page): Promise<void> {
  await settleAnimations(page);
  await expectNoSeriousA11yViolations(page);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openApp(page);
      const expected = colorScheme === 'dark' ? 'rgb(20, 22, 25)' : 'rgb(247, 245, 240)';
      await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(expected);
    });

    test('has no serious accessibility problems on the empty notebook', async ({ page }) => {
      await expect(page.getByRole('heading', { name: 'Nothing logged today yet' })).toBeVisible();
      await expectAccessible(page);
    });

    test('has no serious accessibility problems on a notebook with an entry expanded with its history', async ({ page }) => {
      await logConcern(page, 'Mrs Lopez called, streetlight out on Elm St #streetlights !top');
      await logConcern(page, 'Bins not collected on Mill Lane #waste !high');
      await logConcern(page, 'Asked about library opening hours');
      const bins = entry(page, 'Bins not collected on Mill Lane');
      await bins.getByRole('button').first().click();
      await bins.getByRole('button', { name: 'Edit' }).click();
      const form = page.getByRole('dialog', { name: 'Edit concern' });
      await form.getByLabel('Status').selectOption('acknowledged');
      await form.getByLabel('Email', { exact: true }).fill('resident@example.org');
      await form.getByRole('button', { name: 'Save concern' }).click();
      await expect(form).toBeHidden();
      await expect(bins.getByRole('region', { name: 'History' })).toContainText('Status: from New to Acknowledged');
      await expectAccessible(page);
    });

    test('has no serious accessibility problems on the review queue, an open concern and a review dialog', async ({ page }) => {
      await logConcern(page, 'Streetlight out on Elm Street by the bakery #streetlights !top');
      await logConcern(page, 'Elm Street streetlight out near the bakery again #streetlights !high');
      await logConcern(page, 'Bins not collected on Mill Lane #waste !high');
      await page.keyboard.press('Alt+2');
      await expect(page.getByTestId('queue-row')).toHaveCount(3);
      await expectAccessible(page);
      await page.getByTestId('queue-row').first().focus();
      await page.keyboard.press('x');
      await expect(page.getByRole('group', { name: 'Actions on the selected concerns' })).toBeVisible();
      await expectAccessible(page);
      await page.getByTestId('queue-row').filter({ hasText: 'by the bakery' }).focus();
      await page.keyboard.press('Enter');
      const panel = page.getByTestId('review-panel');
      await expect(panel).toContainText('Similar open concerns');
      await expect(panel.getByRole('button', { name: /^Merge into this one/ })).toBeVisible();
      await expectAccessible(page);
      await page.keyboard.press('c');
      await expect(page.getByRole('dialog', { name: 'Comment' })).toBeVisible();
      await expectAccessible(page);
    });

    test('has no serious accessibility problems on the full form showing validation errors', async ({ page }) => {
      await page.getByLabel('Quick capture').press('Shift+Enter');
      const form = page.getByRole('dialog', { name: 'New concern' });
      await form.getByLabel('Phone', { exact: true }).fill('12');
      await form.getByLabel('Email', { exact: true }).fill('john.reid@');
      await form.getByRole('button', { name: 'Save concern' }).click();
      await expect(form.getByText('Write a short summary of the concern')).toBeVisible();
      await expect(form.getByText('Enter a phone number with 7 to 15 digits')).toBeVisible();
      await expect(form.getByText('Enter an email address like name@example.org')).toBeVisible();
      await expect(form.getByRole('alert')).toContainText('Not saved yet: 3 fields need a look');
      await expectAccessible(page);
    });

    test('has no serious accessibility problems on search results', async ({ page }) => {
      await logConcern(page, 'Streetlight out on Elm St #streetlights !top');
      await logConcern(page, 'Streetlight flickering on Mill Lane #streetlights');
      await page.getByLabel('Search all entries').fill('streetlight');
      await expect(page.getByTestId('search-results')).toHaveAttribute('data-query', 'streetlight');
      await expect(page.getByTestId('entry')).toHaveCount(2);
      await expectAccessible(page);
    });

    test('has no serious accessibility problems in the help overlay', async ({ page }) => {
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await expectAccessible(page);
    });

    test('has no serious accessibility problems in the settings dialog', async ({ page }) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      const dialog = page.getByRole('dialog', { name: 'Settings for this desk' });
      await expect(dialog).toBeVisible();
      // With a refused category showing, so the error state is checked too.
      await dialog.getByLabel('New category').fill('noise');
      await dialog.getByLabel('New category').press('Enter');
      await expect(dialog.getByText('"Noise" is already in the list.')).toBeVisible();
      await expectAccessible(page);
    });

    test('has no serious accessibility problems in the command palette', async ({ page }) => {
      await page.getByLabel('Quick capture').press('Control+k');
      const palette = page.getByRole('dialog', { name: 'Command palette' });
      await expect(palette.getByRole('option').first()).toBeVisible();
      await palette.getByLabel('Type a command').pressSequentially('day');
      await expect(palette.getByRole('option', { name: /previous day/ })).toBeVisible();
      await expectAccessible(page);
    });

    test.describe('the meeting view', () => {
      // The history file's months are UTC months: the desk counts them in UTC too.
      test.use({ timezoneId: 'UTC' });

      test('has no serious accessibility problems on the history import, the dashboard, the agenda, a theme and a slide', async ({ page }) => {
        test.setTimeout(120_000);
        const file = writeHistoryFile({ count: 300, months: 3, prefix: `AX${colorScheme}${Date.now().toString(36)}-` });
        await openHistoryImport(page);
        await expectAccessible(page);
        await chooseHistoryFile(page, file);
        await expectAccessible(page);
        await importChosenFile(page, file);
        await expectAccessible(page);
        await page.keyboard.press('Escape');
        await expect(historyImportDialog(page)).toBeHidden();

        await page.keyboard.press('Alt+3');
        const cards = page.getByTestId('theme-card');
        await expect(cards.first()).toBeVisible({ timeout: 60_000 });
        await expectAccessible(page);

        // A theme pinned, so the agenda has a row with its controls.
        const first = cards.first().getByRole('button').first();
        await tabTo(page, first, { maxPresses: 80 });
        await page.keyboard.press('p');
        await expect(page.getByRole('list', { name: 'Agenda' }).getByRole('listitem')).toHaveCount(1, { timeout: 10_000 });
        await expectAccessible(page);

        await first.focus();
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('theme-detail')).toBeVisible();
        await expectAccessible(page);
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('theme-detail')).toBeHidden();

        // The pinned theme's slide.
        await tabTo(page, page.getByRole('button', { name: 'Present', exact: true }), { maxPresses: 120 });
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('slide-position')).toHaveText(/^Slide 1 of 3: /);
        await page.keyboard.press('ArrowRight');
        await expect(page.getByTestId('slide-position')).toHaveText(/^Slide 2 of 3: /);
        await expectAccessible(page);
      });
    });

    test('has no serious accessibility problems with two drafts set aside', async ({ page }) => {
      const quick = page.getByLabel('Quick capture');
      await quick.pressSequentially('Caller about flooding on Riverside Walk');
      await quick.press('Alt+s');
      await expect(quick).toHaveValue('');
      await quick.pressSequentially('Walk-in asking about bulky waste collection');
      await quick.press('Alt+s');
      await expect(quick).toHaveValue('');
      const drafts = page.getByRole('navigation', { name: 'Drafts' });
      await expect(drafts.getByRole('listitem')).toHaveCount(2);
      await expectAccessible(page);
    });
  });
}

test('shows a visible focus ring around the quick line when it has focus', async ({ page }) => {
  await openApp(page);
  const quick = page.getByLabel('Quick capture');
  // The ring is drawn by the field around the input (so the icon sits inside it); measure both.
  const ring = () =>
    quick.evaluate((input) => {
      const field = input.closest('.capture-field') ?? input;
      const styles = [getComputedStyle(input), getComputedStyle(field)];
      const widths = styles.filter((s) => s.outlineStyle !== 'none').map((s) => parseFloat(s.outlineWidth));
      const shadows = styles.map((s) => s.boxShadow).filter((shadow) => shadow !== 'none' && shadow !== '');
      return { outline: Math.max(0, ...widths), shadows: shadows.length };
    });

  await expect(quick).toBeFocused();
  const focused = await ring();
  expect(focused.outline >= 2 || focused.shadows > 0, `focus ring: ${JSON.stringify(focused)}`).toBe(true);
  expect(focused.outline).toBeGreaterThanOrEqual(2);

  // And the ring belongs to focus: it goes when focus moves away.
  await quick.press('Tab');
  await expect(quick).not.toBeFocused();
  const blurred = await ring();
  expect(blurred.outline).toBe(0);
});

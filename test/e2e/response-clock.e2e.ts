/**
 * First-response clocks in the notebook: a top-priority concern shows the hour it has, then how late it is;
 * a normal one shows when it is due in business days; taking a concern up (acknowledging it) stops its clock,
 * which then says the answer came late.
 */
import { expect, test } from '@playwright/test';
import { entry, logConcern, openApp } from './support';

test.use({ timezoneId: 'UTC', locale: 'en-GB' });

test('the notebook shows time left, then overdue, until the concern is taken up', async ({ page }) => {
  // Tuesday 10 March 2026, 09:00 in the desk's zone: business hours (Mon–Fri 09:00–17:00) have just begun.
  await page.clock.install({ time: new Date('2026-03-10T09:00:00Z') });
  await openApp(page);
  await logConcern(page, 'Gas smell outside the library !top');
  await logConcern(page, 'Bench by the pond needs paint');

  const gas = entry(page, 'Gas smell outside the library').locator('.response-clock');
  const bench = entry(page, 'Bench by the pond needs paint').locator('.response-clock');
  await expect(gas).toHaveAttribute('data-clock-state', 'running');
  await expect(gas).toContainText('1 h left');
  // Five business days: the next Tuesday at 09:00.
  await expect(bench).toContainText('due 17 Mar 09:00');

  await page.clock.fastForward('01:40:00');
  await expect(gas).toHaveAttribute('data-clock-state', 'overdue');
  await expect(gas).toContainText('40 min overdue');
  await expect(bench).toHaveAttribute('data-clock-state', 'running');

  // Acknowledging the concern stops its clock.
  const item = entry(page, 'Gas smell outside the library');
  await item.getByRole('button').first().click();
  await item.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('dialog', { name: 'Edit concern' });
  await form.getByLabel('Status').selectOption('acknowledged');
  await form.getByRole('button', { name: 'Save concern' }).click();
  await expect(form).toBeHidden();
  await expect(gas).toHaveAttribute('data-clock-state', 'missed');
  await page.clock.fastForward('02:00:00');
  await expect(gas).toHaveAttribute('data-clock-state', 'missed');
  await expect(bench).toHaveAttribute('data-clock-state', 'running');
});

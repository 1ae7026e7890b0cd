import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Opens the app and waits until the quick line is ready for typing. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByLabel('Quick capture')).toBeFocused();
}

/** Types a line into the quick capture line and saves it with Enter, as counter staff do. */
export async function logConcern(page: Page, line: string): Promise<void> {
  const quick = page.getByLabel('Quick capture');
  await quick.fill(line);
  await quick.press('Enter');
  await expect(quick).toHaveValue('');
}

/** The notebook entry whose text contains `text`. */
export function entry(page: Page, text: string) {
  return page.getByTestId('entry').filter({ hasText: text });
}

/** Runs axe-core on the page and fails on any serious or critical violation, listing them. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
  ).toEqual([]);
}

import { test, expect } from '@playwright/test';
import { entry, logConcern, openApp } from './support';

test('opens again and keeps logging with the network down once the app was loaded', async ({ page, context }) => {
  await openApp(page);
  await logConcern(page, 'Logged while online #before');
  // The offline copy is ready when a service worker controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller === null) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByLabel('Quick capture')).toBeFocused();
  await expect(entry(page, 'Logged while online')).toBeVisible();
  await logConcern(page, 'Logged with the network down #after');
  await expect(entry(page, 'Logged with the network down')).toContainText('#after');

  await context.setOffline(false);
  await page.reload();
  await expect(page.getByTestId('entry')).toHaveCount(2);
});

test('never serves the server API from the offline copy', async ({ page, context }) => {
  await openApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  const status = await page.evaluate(async () => {
    try {
      return (await fetch('/health')).status;
    } catch {
      return 'network error';
    }
  });
  expect(status).toBe('network error');
});

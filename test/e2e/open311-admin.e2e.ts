/**
 * The admin's Open311 and suggestion form tabs, by keyboard alone, as the admin Ana on the shared test server:
 * Open311 is turned on, a key is made for an integration (shown once) and revoked, and the endpoint answers with
 * the office's services while it is on; the suggestion form tab shows its switch and snippets. axe-core checks
 * both tabs in the light and the dark theme. Nothing here logs a concern, so the other tests' counts hold.
 */
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { ACCOUNTS } from './accounts';
import { expectNoSeriousA11yViolations, openApp, settleAnimations, tabTo } from './support';

async function signIn(request: APIRequestContext): Promise<void> {
  const response = await request.post('/api/sessions', { data: { email: ACCOUNTS.ana.email, password: ACCOUNTS.ana.password } });
  expect(response.status()).toBe(201);
}

/** Opens "Staff and devices" from the command palette and selects a tab with the arrow keys. */
async function openTab(page: Page, name: string): Promise<Locator> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Staff and devices');
  await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first()).toHaveText('Staff and devices…');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Staff and devices' });
  await tabTo(page, dialog.getByRole('tab', { name: 'Staff' }));
  const tab = dialog.getByRole('tab', { name, exact: true });
  for (let i = 0; i < 12 && (await tab.getAttribute('aria-selected')) !== 'true'; i += 1) await page.keyboard.press('ArrowRight');
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  return dialog.getByRole('tabpanel', { name });
}

async function checkBothThemes(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await settleAnimations(page);
    await expectNoSeriousA11yViolations(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('an admin turns Open311 on and makes and revokes an integration key by keyboard; the endpoint lists the services', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await signIn(context.request);
  const page = await context.newPage();
  await openApp(page);

  const panel = await openTab(page, 'Open311');
  const switchOn = panel.getByRole('checkbox', { name: 'Turn on the Open311 endpoint' });
  await expect(switchOn).not.toBeChecked();
  const endpoint = /Endpoint: (\S+)\. Discovery document: (\S+)$/.exec((await panel.getByText(/^Endpoint: /).textContent()) ?? '');
  if (endpoint === null) throw new Error('The tab does not say where the endpoint is');
  const [, endpointUrl = '', discoveryUrl = ''] = endpoint;
  expect(endpointUrl.startsWith(baseURL ?? '')).toBe(true);
  expect((await context.request.get(`${endpointUrl}services.json`)).status()).toBe(404);
  await checkBothThemes(page);

  await tabTo(page, switchOn);
  await page.keyboard.press('Space');
  await tabTo(page, panel.getByRole('button', { name: 'Save' }), { maxPresses: 120 });
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status').filter({ hasText: 'Saved. The endpoint is on.' })).toBeVisible();

  const services = await context.request.get(`${endpointUrl}services.json`);
  expect(services.status()).toBe(200);
  const list = (await services.json()) as { service_code: unknown; service_name: unknown }[];
  expect(list.length).toBeGreaterThan(0);
  for (const service of list) expect(typeof service.service_code).toBe('string');
  expect((await context.request.get(discoveryUrl)).status()).toBe(200);

  await tabTo(page, panel.getByRole('textbox', { name: 'Name of the integration' }), { maxPresses: 160 });
  await page.keyboard.type('City 311 app');
  await page.keyboard.press('Enter');
  const shown = panel.getByRole('status').filter({ hasText: 'The key for City 311 app, shown only now' });
  await expect(shown).toBeVisible();
  const secret = ((await shown.locator('code').textContent()) ?? '').trim();
  expect(secret.length).toBeGreaterThanOrEqual(20);
  const row = panel.getByRole('row').filter({ hasText: 'City 311 app' });
  await expect(row).toContainText(secret.slice(-4));
  await expect(row).toContainText('Never');
  await checkBothThemes(page);

  await tabTo(page, row.getByRole('button', { name: 'Revoke the key of City 311 app' }), { maxPresses: 160 });
  await page.keyboard.press('Enter');
  await expect(row).toContainText('Revoked');
  // A revoked key files nothing: the spec's 403.
  const refused = await context.request.post(`${endpointUrl}requests.json`, {
    form: { api_key: secret, service_code: String(list[0]?.service_code ?? ''), address_string: '1 Main St', description: 'A test' },
  });
  expect(refused.status()).toBe(403);

  // Off again, as the other tests found the office.
  await tabTo(page, switchOn, { backwards: true, maxPresses: 160 });
  await page.keyboard.press('Space');
  await tabTo(page, panel.getByRole('button', { name: 'Save' }), { maxPresses: 120 });
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status').filter({ hasText: 'Saved. The endpoint is off' })).toBeVisible();
  expect((await context.request.get(`${endpointUrl}services.json`)).status()).toBe(404);
  await context.close();
});

test('the suggestion form tab shows its switch, topics and embedding snippets, by keyboard and without serious accessibility problems', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await signIn(context.request);
  const page = await context.newPage();
  await openApp(page);
  const panel = await openTab(page, 'Suggestion form');
  await expect(panel.getByRole('checkbox').first()).toBeVisible();
  await tabTo(page, panel.getByRole('checkbox').first());
  await checkBothThemes(page);
  await context.close();
});

/**
 * The suggestion form in a browser, against a real office server of its own (a fresh database seeded with the
 * usual accounts, so no other test's counts change): the admin turns the form on in the app's tab; a citizen
 * with no login opens it in Chromium, sends it empty and is shown what to fix (the summary of errors focused),
 * then sends a real suggestion and gets a reference number; a signed-in staff desk sees the concern arrive from
 * the web form at its next sync; the status lookup shows its status, then the one a desk gives it. axe checks
 * the form (with and without errors, light and dark), the thank-you page and the status page. Then the embed
 * script puts the form in a website the office listed (frame-ancestors), where it can be filled in and sent.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { SuggestionFormResponseSchema } from '@shared/api/suggestion-form';
import { ROOT, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { ACCOUNTS, type TestAccount } from './accounts';
import { entry, expectNoSeriousA11yViolations, openApp, settleAnimations } from './support';

let server: ServerProcess | undefined;
let base = '';
let dataDir = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dataDir = await mkdtemp(join(tmpdir(), 'civic-suggestion-form-e2e-'));
  const database = join(dataDir, 'pglite');
  await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'e2e', 'seed-accounts.ts'), database], {
    cwd: ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'test', 'tsconfig.json') },
  });
  server = startServerProcess({ DATA_DIR: database, WEB_ROOT: join(ROOT, 'dist', 'web'), HOST: '127.0.0.1' });
  base = (await server.started).replace(/\/+$/, '');
});

test.afterAll(async () => {
  await server?.kill('SIGTERM');
  if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
});

async function signedIn(browser: Browser, account: TestAccount): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: base, serviceWorkers: 'block' });
  expect((await context.request.post('/api/sessions', { data: { email: account.email, password: account.password } })).status()).toBe(201);
  return context;
}

/** The admin turns the form on in the app's "Suggestion form" tab, with three topics; axe checks the tab. */
async function turnOnInTheApp(admin: BrowserContext): Promise<void> {
  const page = await admin.newPage();
  await openApp(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Staff and devices');
  await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first()).toHaveText('Staff and devices…');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Staff and devices' });
  await dialog.getByRole('tab', { name: 'Suggestion form' }).click();
  const form = dialog.getByRole('form', { name: 'Suggestion form' });
  await expect(form.getByRole('checkbox', { name: 'Take suggestions through the form' })).not.toBeChecked();
  await expect(dialog.getByText('The form is off')).toBeVisible();
  await checkBothThemes(page);
  await form.getByRole('checkbox', { name: 'Take suggestions through the form' }).check();
  await form.getByRole('textbox', { name: 'Topics people can choose from' }).fill('Streetlights\nParks and green spaces\nOther');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'Saved. The form takes suggestions.' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Embed as an iframe' })).toHaveValue(new RegExp(`^<iframe src="${base}/public/riverside-town-hall/suggest\\?embed=1"`));
  await expect(dialog.getByRole('textbox', { name: 'Or embed with a script tag' })).toHaveValue(`<script src="${base}/public/riverside-town-hall/suggest/embed.js" data-height="1500" async></script>`);
  await expect(dialog.getByRole('button', { name: 'Copy the iframe' })).toBeVisible();
  await page.close();
}

async function checkBothThemes(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await settleAnimations(page);
    await expectNoSeriousA11yViolations(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The form refuses a submission sooner than 3 s after it was served (a bot's speed): a person takes longer. */
async function waitUntilFormIsOld(servedAt: number): Promise<void> {
  const wait = servedAt + 3_500 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

test('a citizen sends a suggestion, a desk sees it arrive from the web form, and the status lookup follows it', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signedIn(browser, ACCOUNTS.ana);
  await turnOnInTheApp(admin);
  const { formPath, isEnabled, categories } = SuggestionFormResponseSchema.parse(await (await admin.request.get('/api/admin/suggestion-form')).json()).settings;
  expect({ isEnabled, categories }).toEqual({ isEnabled: true, categories: ['Streetlights', 'Parks and green spaces', 'Other'] });

  // A staff desk, signed in and synced before the suggestion exists.
  const desk = await signedIn(browser, ACCOUNTS.ben);
  const staff = await desk.newPage();
  await openApp(staff);
  await expect(staff.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced');

  const citizenContext = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const citizen = await citizenContext.newPage();
  const servedAt = Date.now();
  await citizen.goto(`${base}${formPath}`);
  await expect(citizen.getByRole('heading', { level: 1, name: 'Make a suggestion' })).toBeVisible();
  expect(await citizen.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling on a phone').toBe(true);
  await checkBothThemes(citizen);

  // Sent empty (after the minimum time), it comes back with the errors summarised at the top and focused.
  await waitUntilFormIsOld(servedAt);
  await citizen.getByRole('textbox', { name: 'Email address' }).fill('maria.at.example');
  await citizen.getByRole('button', { name: 'Send my suggestion' }).click();
  const summary = citizen.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Write your suggestion in a sentence or two' })).toBeVisible();
  await expect(citizen.getByRole('textbox', { name: 'Your suggestion in a sentence or two' })).toHaveAttribute('aria-invalid', 'true');
  await expect(citizen.getByRole('textbox', { name: 'Email address' })).toHaveValue('maria.at.example');
  await checkBothThemes(citizen);
  await summary.getByRole('link', { name: 'Write your suggestion in a sentence or two' }).click();
  await expect(citizen.getByRole('textbox', { name: 'Your suggestion in a sentence or two' })).toBeFocused();

  const stamp = Date.now().toString(36);
  const suggestion = `Bench by the pond in Elm Park is broken ${stamp}`;
  await citizen.keyboard.type(suggestion);
  await citizen.getByRole('textbox', { name: 'More details (optional)' }).fill('Two slats are missing; children play there.');
  await citizen.getByRole('combobox', { name: 'What is it about? (optional)' }).selectOption('Parks and green spaces');
  await citizen.getByRole('textbox', { name: 'Area or neighbourhood' }).fill('Elm Park');
  await citizen.getByRole('textbox', { name: 'Your name' }).fill('Maria Lopez');
  await citizen.getByRole('textbox', { name: 'Email address' }).fill('maria.lopez@example.org');
  await citizen.getByRole('checkbox', { name: /You may contact me about this suggestion/ }).check();
  await citizen.getByRole('button', { name: 'Send my suggestion' }).click();

  await expect(citizen.getByRole('heading', { level: 1, name: 'Thank you, we have your suggestion' })).toBeVisible();
  const reference = (await citizen.locator('.reference strong').textContent()) ?? '';
  expect(reference).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  await checkBothThemes(citizen);

  // The desk receives it at its next sync (a poke makes that at once), from the web form.
  const arrived = entry(staff, suggestion);
  await expect(arrived).toBeVisible({ timeout: 15_000 });
  await expect(arrived).toContainText('Web form');
  await expect(arrived).toContainText('Parks and green spaces');

  // The status link shows the status in plain words, and nothing the citizen wrote or who they are.
  await citizen.getByRole('link', { name: 'Check on this suggestion' }).click();
  await expect(citizen.getByRole('heading', { level: 1, name: 'Check on your suggestion' })).toBeVisible();
  await expect(citizen.getByRole('textbox', { name: 'Reference number' })).toHaveValue(reference);
  const result = citizen.getByRole('region', { name: `Suggestion ${reference}` });
  await expect(result).toContainText('Received: it is waiting to be read.');
  await expect(citizen.locator('body')).not.toContainText('Maria');
  await expect(citizen.locator('body')).not.toContainText('Bench by the pond');
  await checkBothThemes(citizen);

  // The admin's desk starts work on it (counter staff may not change a status); the lookup says so. A push as the
  // app sends it, with the concern's id from a pull.
  const pulled = await desk.request.post('/api/sync/pull', { data: { clientId: randomUUID() } });
  const { changes } = (await pulled.json()) as { changes: { table: string; id: string; row?: { summary?: string } }[] };
  const concernId = changes.find((c) => c.table === 'concerns' && c.row?.summary === suggestion)?.id ?? '';
  const pushed = await admin.request.post('/api/sync/push', {
    data: { clientId: randomUUID(), mutations: [{ id: 1, at: new Date().toISOString(), name: 'setStatus', args: { id: concernId, from: 'new', to: 'in-progress' } }] },
  });
  expect(((await pushed.json()) as { results: { status: string }[] }).results[0]?.status).toBe('applied');
  await citizen.reload();
  await expect(result).toContainText('In progress: staff are working on it.');

  // A made-up reference, typed in the box, is answered in words.
  await citizen.getByRole('textbox', { name: 'Reference number' }).fill('abcde 12345');
  await citizen.getByRole('button', { name: 'Check' }).click();
  await expect(citizen.getByRole('status')).toContainText('We have no suggestion with the reference abcde 12345.');

  for (const context of [admin, desk, citizenContext]) await context.close();
});

/** An office website on this machine (its own origin: another port) whose page holds the form's script tag. */
async function startSite(scriptUrl: string): Promise<{ site: Server; origin: string }> {
  const site = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><title>Town website</title></head><body><main><h1>Our town</h1><script src="${scriptUrl}" async></script></main></body></html>`);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  return { site, origin: `http://127.0.0.1:${(site.address() as AddressInfo).port}` };
}

test('the embed script puts the form in a website the office listed, where it can be sent', async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await signedIn(browser, ACCOUNTS.ana);
  const form = SuggestionFormResponseSchema.parse(await (await admin.request.put('/api/admin/suggestion-form', { data: { isEnabled: true, categories: ['Other'] } })).json()).settings;
  const { site, origin } = await startSite(`${base}${form.embedScriptPath}`);
  try {
    const page = (await (await admin.request.get('/api/admin/public-page')).json()) as { settings: { slug: string; displayName: string; introduction: string; websiteUrl: string; isPublished: boolean } };
    const { slug, displayName, introduction, websiteUrl, isPublished } = page.settings;
    expect((await admin.request.put('/api/admin/public-page', { data: { slug, displayName, introduction, websiteUrl, isPublished, embedOrigins: [origin] } })).status()).toBe(200);

    const visitor = await browser.newContext({ serviceWorkers: 'block' });
    const tab = await visitor.newPage();
    await tab.goto(origin);
    const frame = tab.frameLocator('iframe[title="Make a suggestion to Riverside Town Hall"]');
    await expect(frame.getByRole('heading', { level: 1, name: 'Make a suggestion' })).toBeVisible();
    await expect(frame.locator('.banner')).toHaveCount(0);
    const servedAt = Date.now();
    await frame.getByRole('textbox', { name: 'Your suggestion in a sentence or two' }).fill('Longer library hours on Saturdays');
    await waitUntilFormIsOld(servedAt);
    await frame.getByRole('button', { name: 'Send my suggestion' }).click();
    await expect(frame.getByRole('heading', { level: 1, name: 'Thank you, we have your suggestion' })).toBeVisible();
    await expect(frame.getByRole('link', { name: 'Check on this suggestion' })).toHaveAttribute('href', /embed=1$/);
    await visitor.close();
  } finally {
    await new Promise((resolve) => site.close(resolve));
    await admin.close();
  }
});

/**
 * Replies (issue 7), by keyboard: the admin Ana edits a reply template and the response policy for comments in
 * the "Replies" tab; Ben at the counter logs a concern that came in on social media, opens it, and replies from
 * the edited template: the citizen's name is filled in, the policy shows beside the reply as a checklist, Send
 * copies the text (the way for social media) and records the response, and the timeline shows it with the
 * response clock stopped. axe-core checks the Replies tab and the composer.
 *
 * The office profile changes every desk of the office, so this file runs an office server of its own, on a fresh
 * database seeded with the same accounts (seed-accounts.ts), as office-settings.e2e.ts does.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { ROOT, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { ACCOUNTS, type TestAccount } from './accounts';
import { entry, expectNoSeriousA11yViolations, openApp, settleAnimations, tabTo } from './support';

let server: ServerProcess | undefined;
let base = '';
let dataDir = '';

test.beforeAll(async () => {
  // Seeding and a first start migrate a new database: slower than the default hook timeout allows.
  test.setTimeout(120_000);
  dataDir = await mkdtemp(join(tmpdir(), 'civic-replies-e2e-'));
  const database = join(dataDir, 'pglite');
  await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'e2e', 'seed-accounts.ts'), database], {
    cwd: ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'test', 'tsconfig.json') },
  });
  server = startServerProcess({ DATA_DIR: database, WEB_ROOT: join(ROOT, 'dist', 'web'), HOST: '127.0.0.1' });
  base = await server.started;
});

test.afterAll(async () => {
  await server?.kill('SIGTERM');
  if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
});

/** A signed-in desk of its own (service workers blocked: the admin screen needs the server), synced. */
async function desk(browser: Browser, account: TestAccount): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, serviceWorkers: 'block' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  expect((await context.request.post('/api/sessions', { data: { email: account.email, password: account.password } })).status()).toBe(201);
  const page = await context.newPage();
  await openApp(page);
  await expect(page.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced', { timeout: 15_000 });
  return page;
}

/** Moves to a box by Tab and replaces what is in it by typing. */
async function typeInto(page: Page, box: Locator, text: string): Promise<void> {
  await tabTo(page, box, { maxPresses: 120 });
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
}

/** Opens "Staff and devices" from the command palette and selects the Replies tab with the arrow keys. */
async function openReplies(page: Page): Promise<Locator> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Staff and devices');
  await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first()).toHaveText('Staff and devices…');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Staff and devices' });
  await tabTo(page, dialog.getByRole('tab', { name: 'Staff' }));
  const tab = dialog.getByRole('tab', { name: 'Replies' });
  for (let i = 0; i < 8 && (await tab.getAttribute('aria-selected')) !== 'true'; i += 1) await page.keyboard.press('ArrowRight');
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const form = dialog.getByRole('form', { name: 'Replies' });
  await expect(form).toBeVisible();
  return form;
}

test('an admin edits a template and the comment policy; a desk replies to a social media concern from it', async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const title = `Thanks for your post ${stamp}`;

  await test.step('the admin edits a template and the policy by keyboard; a bad number is refused by its box', async () => {
    const page = await desk(browser, ACCOUNTS.ana);
    const form = await openReplies(page);
    const first = form.getByRole('group', { name: 'Reply templates' }).getByRole('listitem').first();
    await expect(first.getByRole('textbox', { name: /^Title/ })).toHaveValue('We have your message');
    await typeInto(page, first.getByRole('textbox', { name: /^Title/ }), title);
    await typeInto(page, first.getByRole('textbox', { name: /^Text/ }), 'Hello {citizen},\nThanks for telling {office} about "{summary}".\nMore on {project}');
    // The second acknowledgement template moves up past it: keyboard, focus kept on the button pressed.
    const up = form.getByRole('button', { name: 'Move Acknowledgement template 2 up' });
    await tabTo(page, up, { maxPresses: 120 });
    await page.keyboard.press('Enter');
    await expect(form.getByRole('group', { name: 'Reply templates' }).getByRole('listitem').first().getByRole('textbox', { name: /^Title/ })).toHaveValue(
      'We are looking into it',
    );
    await expect(form.getByRole('button', { name: 'Move Acknowledgement template 1 up' })).toBeDisabled();
    await expect(form.getByRole('button', { name: 'Move Acknowledgement template 1 down' })).toBeFocused();
    const phone = form.getByRole('textbox', { name: 'Offer a phone call after this many exchanges' });
    await typeInto(page, phone, 'zero');
    await typeInto(page, form.getByRole('textbox', { name: 'The tone to answer in' }), 'Warm and short. No arguing in public.');
    await tabTo(page, form.getByRole('button', { name: 'Save' }), { maxPresses: 120 });
    await page.keyboard.press('Enter');
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await expect(phone).toHaveAccessibleDescription(/Give the number of exchanges as a whole number from 1 to 20/);
    await expect(phone).toBeFocused();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1');
    await settleAnimations(page);
    await expectNoSeriousA11yViolations(page);
    await tabTo(page, form.getByRole('button', { name: 'Save' }), { maxPresses: 120 });
    await page.keyboard.press('Enter');
    await expect(form.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.context().close();
  });

  const page = await desk(browser, ACCOUNTS.ben);
  const summary = `Potholes on Mill Lane ${stamp}`;

  await test.step('the desk logs a concern that came in on social media, with the name the citizen gave', async () => {
    const quick = page.getByLabel('Quick capture');
    await quick.fill(summary);
    await quick.press('Shift+Enter');
    const form = page.getByRole('dialog', { name: 'New concern' });
    await form.getByLabel('Channel').selectOption('social-media');
    await form.getByLabel('Name', { exact: true }).fill('Maria Lopez');
    await form.getByRole('button', { name: 'Save concern' }).click();
    await expect(form).toBeHidden();
  });

  const panel = page.getByTestId('review-panel');
  await test.step('it opens with its clock running; Reply opens the composer with the policy beside it', async () => {
    await entry(page, summary).getByRole('button').first().focus();
    await page.keyboard.press('o');
    await expect(panel).toContainText(summary);
    await expect(panel.locator('.response-clock')).toHaveAttribute('data-clock-state', 'running');
    await tabTo(page, panel.getByRole('button', { name: 'Reply', exact: true }), { maxPresses: 60 });
    await page.keyboard.press('Enter');
  });

  const composer = page.getByTestId('reply-composer');
  await test.step('the checklist shows the office policy, counting this as the first exchange', async () => {
    await expect(composer).toBeVisible();
    const policy = composer.getByRole('region', { name: 'Response policy for comments' });
    await expect(policy).toContainText('This concern came in on social media.');
    await expect(policy).toContainText('Tone: Warm and short. No arguing in public.');
    await expect(policy).toContainText('This is the 1st exchange: offer a phone call from the 2nd on.');
    await expect(policy).toContainText('It is public: keep names, addresses and phone numbers out of the reply.');
  });

  await test.step('a template fills in the name, the office and the summary, and names the line left out', async () => {
    const template = composer.getByLabel('Start from a template');
    await expect(template).toBeFocused();
    await expect(composer.getByLabel('How it goes')).toHaveValue('social-media');
    await template.selectOption({ label: title });
    const text = composer.getByRole('textbox', { name: 'Reply', exact: true });
    await expect(text).toHaveValue(`Hello Maria Lopez,\nThanks for telling Riverside Town Hall about "${summary}".`);
    await expect(composer).toContainText('Left out because nothing is known for it: no linked project.');
    await settleAnimations(page);
    await expectNoSeriousA11yViolations(page);
    await tabTo(page, text);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nWe are sending a crew this week.');
  });

  await test.step('Send copies the reply and records it: the timeline shows it and the clock has stopped', async () => {
    await tabTo(page, composer.getByRole('button', { name: 'Copy and record' }));
    await page.keyboard.press('Enter');
    await expect(composer).toBeHidden();
    await expect(panel.getByRole('button', { name: 'Reply', exact: true })).toBeFocused();
    const expected = `Hello Maria Lopez,\nThanks for telling Riverside Town Hall about "${summary}".\nWe are sending a crew this week.`;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    const timeline = panel.getByRole('region', { name: 'Timeline' });
    await expect(timeline).toContainText('We are sending a crew this week.');
    await expect(timeline).toContainText(/Social media/i);
    await expect(panel.locator('.response-clock')).toHaveAttribute('data-clock-state', /^(met|missed)$/);
    await expect(page.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced', { timeout: 15_000 });
  });

  await test.step('a second reply counts as the 2nd exchange, when the policy asks for a phone call', async () => {
    await page.keyboard.press('Enter');
    await expect(composer.getByRole('region', { name: 'Response policy for comments' })).toContainText('This is the 2nd exchange: offer a phone call.');
    await page.keyboard.press('Escape');
    await expect(composer).toBeHidden();
  });
});

test('marking a concern negative shows the policy beside its replies, and only then', async ({ browser }) => {
  const page = await desk(browser, ACCOUNTS.ben);
  const summary = `Caller unhappy with the bin crew ${Date.now().toString(36)}`;
  const quick = page.getByLabel('Quick capture');
  await quick.fill(summary);
  await quick.press('Enter');
  await expect(quick).toHaveValue('');
  await entry(page, summary).getByRole('button').first().focus();
  await page.keyboard.press('o');
  const panel = page.getByTestId('review-panel');
  await expect(panel).toContainText(summary);
  const composer = page.getByTestId('reply-composer');
  const reply = panel.getByRole('button', { name: 'Reply', exact: true });

  // A phone concern not marked negative: no policy beside the reply.
  await tabTo(page, reply, { maxPresses: 60 });
  await page.keyboard.press('Enter');
  await expect(composer).toBeVisible();
  await expect(composer.getByLabel('How it goes')).toHaveValue('phone');
  await expect(composer.getByRole('region', { name: 'Response policy for comments' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(composer).toBeHidden();
  await expect(reply).toBeFocused();

  const mark = panel.getByRole('checkbox', { name: 'Negative comment' });
  await tabTo(page, mark);
  await page.keyboard.press('Space');
  await expect(mark).toBeChecked();
  await expect(panel.getByRole('region', { name: 'Timeline' })).toContainText('Marked as a negative comment');

  await tabTo(page, reply, { backwards: true });
  await page.keyboard.press('Enter');
  const policy = composer.getByRole('region', { name: 'Response policy for comments' });
  await expect(policy).toContainText('This concern is marked negative.');
  // Not a public channel: no line about keeping personal details out of a public reply.
  await expect(policy).not.toContainText('It is public');
  await settleAnimations(page);
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced', { timeout: 15_000 });
});

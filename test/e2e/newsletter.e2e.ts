/**
 * The monthly newsletter (issue 7) through the real office server: a month of concerns full of citizens' names,
 * emails, phone numbers and street addresses (some asked for the newsletter, one of them later taken off it,
 * one never asked), and a public project whose text names a citizen by mistake. On an admin's desk, by
 * keyboard: Alt+5, ] to the month, "Draft from this month"; a section renamed and moved with Alt+ArrowDown;
 * the preview shows the change; the draft survives a reload. A file with a citizen's name typed into it is
 * refused by the privacy gate; then the HTML email, the text and the Markdown are saved and hold no personal
 * data of anyone, and the HTML email is opened in a page of its own for a screenshot (test-results). The
 * recipients count and CSV hold exactly the consenting people who did not unsubscribe, and one taken off the list
 * at the desk drops out. Then "Send to N people", confirmed, goes through a real SMTP server process (the office's
 * mail server set to a sink): the status shows them sent, each recipient gets one email with none of the others'
 * details, and the issue shows as final (read-only, sent by whom). axe in both themes. Exactly once under retries
 * and restarts is the server's tests' (test/server/newsletter*).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Contact } from '@shared/domain/concern';
import { uuidv7 } from '@shared/lib/uuidv7';
import { fields } from '../helpers/concerns';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink-process';
import { ACCOUNTS, type TestAccount } from './accounts';
import { expectNoSeriousA11yViolations, openApp, tabTo } from './support';

const stamp = Date.now().toString(36);
const PEOPLE = [
  { name: 'Maria Lopez', email: `maria.lopez.${stamp}@example.org`, phone: '555 014 2368', address: '12 Oak Lane', consents: true },
  { name: 'Peter Jones', email: `pjones.${stamp}@mail.test`, phone: '(212) 555-0199', address: '48 Elm Street', consents: true },
  { name: 'Ann Smith', email: `ann.smith.${stamp}@post.test`, phone: '07700 900123', address: '7 Birch Road', consents: false },
  { name: 'Omar Reyes', email: `omar.reyes.${stamp}@example.org`, phone: '555 017 4410', address: '3 Mill Road', consents: true },
] as const;
type Person = (typeof PEOPLE)[number];
const TOPICS = [
  (p: Person) => `Streetlight out and dark at night. My name is ${p.name}, call ${p.phone} or ${p.email}, I live at ${p.address}`,
  (p: Person) => `Streetlight broken, street dark again. I'm ${p.name}, email ${p.email}, phone ${p.phone}, ${p.address}`,
  (p: Person) => `Bins not collected, missed bin collection this week. Regards, ${p.name} (${p.email}, ${p.phone}) at ${p.address}`,
  (p: Person) => `Missed bins, rubbish bin collection skipped. My name is ${p.name}, ${p.phone}, ${p.address}`,
  (p: Person) => `Pothole on the road damaged a tyre, deep pothole. I'm ${p.name}, ${p.email}, ${p.address}`,
  (p: Person) => `Pothole getting bigger on the road, dangerous pothole. Mrs ${p.name}, call ${p.phone}`,
];
const MUST_NOT_APPEAR = PEOPLE.flatMap((p) => [p.name, ...p.name.split(' '), p.email, p.phone, p.phone.replace(/\D/g, ''), p.address]);

const contact = (p: Person): Contact => ({ name: p.name, phone: p.phone, email: p.email, preferredReply: 'email', consentToContact: true, anonymous: false, consentToUpdates: p.consents });

/** Pushes mutations as a desk would, straight to the server, and checks every one applied. */
async function push(request: APIRequestContext, mutations: { name: string; args: unknown }[]): Promise<void> {
  const at = new Date().toISOString();
  const answer = await request.post('/api/sync/push', { data: { clientId: randomUUID(), mutations: mutations.map((m, i) => ({ id: i + 1, at, ...m })) } });
  expect(answer.status()).toBe(200);
  const { results } = (await answer.json()) as { results: { status: string; reason?: string }[] };
  expect(results.map((r) => r.reason ?? r.status)).toEqual(mutations.map(() => 'applied'));
}

async function signIn(request: APIRequestContext, account: TestAccount): Promise<void> {
  expect((await request.post('/api/sessions', { data: { email: account.email, password: account.password } })).status()).toBe(201);
}

/** The month's concerns, a public project naming a citizen by mistake, and Omar taken off the newsletter. */
async function seedMonth(request: APIRequestContext): Promise<void> {
  const newId = () => uuidv7(Date.now(), randomBytes(10));
  const ids: string[] = [];
  const concerns = PEOPLE.flatMap((p) =>
    TOPICS.map((topic) => {
      const id = newId();
      ids.push(id);
      return { name: 'logConcern', args: { id, fields: fields({ summary: topic(p), contact: contact(p), location: { address: p.address, area: '' }, category: 'Streets' }) } };
    }),
  );
  await push(request, [
    ...concerns,
    { name: 'setStatus', args: { id: ids[0], from: 'new', to: 'resolved' } },
    { name: 'setStatus', args: { id: ids[7], from: 'new', to: 'resolved' } },
    {
      name: 'createProject',
      args: {
        id: newId(),
        fields: { title: `Brighter streets ${stamp}`, status: 'in-progress', isPublic: true, progress: 40, publicSummary: 'You told us the lights were out; Maria Lopez at 12 Oak Lane was first. We are replacing 14 lamps.' },
        concernIds: [ids[0], ids[1]],
      },
    },
    { name: 'recordUnsubscribe', args: { email: PEOPLE[3].email.toUpperCase() } },
  ]);
}

let sink: SmtpSink;
test.beforeAll(async () => {
  sink = await startSmtpSink();
});
test.afterAll(async () => {
  await sink.kill();
});

/**
 * axe on the view, the preview's frame left out: axe cannot run inside a frame whose sandbox allows no scripts
 * (it waits for it forever), and the frame holds the email, which is checked in a page of its own below.
 */
async function expectViewAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).exclude('[data-testid="newsletter-preview"]').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
}

const view = (page: Page) => page.getByTestId('newsletter-page');
const saveState = (page: Page) => page.getByTestId('newsletter-save-state');

/** Opens the newsletter (Alt+5) on the month under way (]: the concerns were logged now). */
async function openThisMonth(page: Page): Promise<void> {
  await page.keyboard.press('Alt+5');
  await expect(view(page)).toBeVisible();
  await expect(page.locator('#newsletter-title')).toBeFocused();
  await page.keyboard.press(']');
  const now = new Date();
  await expect(page.getByTestId('meeting-period')).toHaveText(now.toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }));
}

/** Saves the issue as `name` ('HTML email', 'Plain text', 'Markdown') and gives back the file's name and text. */
async function exportFile(page: Page, name: string): Promise<{ name: string; path: string; text: string }> {
  const download = page.waitForEvent('download');
  await tabTo(page, view(page).getByRole('button', { name, exact: true }), { maxPresses: 120 });
  await page.keyboard.press('Enter');
  const file = await download;
  const path = (await file.path()) as string;
  return { name: file.suggestedFilename(), path, text: await readFile(path, 'utf8') };
}

test('the newsletter is drafted, edited by keyboard and exported with no personal data; recipients are exactly the consenting', async ({ browser }) => {
  test.setTimeout(360_000);
  const seed = await browser.newContext();
  await signIn(seed.request, ACCOUNTS.gia);
  await seedMonth(seed.request);

  const context = await browser.newContext();
  await signIn(context.request, ACCOUNTS.ana);
  const page = await context.newPage();
  await openApp(page);
  await expect(page.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced', { timeout: 30_000 });
  await openThisMonth(page);

  // Draft from this month, by keyboard; the progress is in words, then the editor shows the draft, saved.
  await tabTo(page, view(page).getByRole('button', { name: 'Draft from this month' }), { maxPresses: 60 });
  await page.keyboard.press('Enter');
  const editor = page.getByRole('form', { name: 'Newsletter editor' });
  await expect(editor.getByLabel('Subject line')).toBeVisible({ timeout: 90_000 });
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  const sections = editor.getByTestId('newsletter-section');
  await expect(sections).toHaveCount(3);
  const doing = await sections.nth(1).getByLabel('Text').inputValue();
  expect(doing).toContain(`Brighter streets ${stamp}`);
  expect(doing).toContain('[name]');
  await expectViewAccessible(page);

  // Rename the first section and move it down with Alt+ArrowDown; the focus stays in it; the preview follows.
  const heading = sections.nth(0).getByLabel('Heading');
  await tabTo(page, heading, { maxPresses: 80 });
  await page.keyboard.press('Control+a');
  await page.keyboard.type('What you raised with us');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(sections.nth(1).getByLabel('Heading')).toHaveValue('What you raised with us');
  await expect(sections.nth(1).getByLabel('Heading')).toBeFocused();
  const preview = page.frameLocator('[data-testid="newsletter-preview"]');
  await expect(preview.getByRole('heading', { name: 'What you raised with us' })).toBeVisible();
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });

  // A blank heading is not saved: said plainly, and the typing is kept.
  await sections.nth(1).getByLabel('Heading').fill('');
  await expect(editor.getByText('Give the section a heading')).toBeVisible();
  await expect(saveState(page)).toHaveAttribute('data-state', 'invalid');
  await sections.nth(1).getByLabel('Heading').fill('What you raised with us');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });

  // The draft survives a reload.
  await page.reload();
  await expect(page.getByLabel('Quick capture')).toBeFocused();
  await openThisMonth(page);
  await expect(sections.nth(1).getByLabel('Heading')).toHaveValue('What you raised with us', { timeout: 15_000 });

  // The privacy gate: a citizen's name typed into the introduction stops every file, saying why.
  const intro = editor.getByLabel('Introduction');
  const before = await intro.inputValue();
  await intro.fill(`${before} Special thanks to Maria Lopez.`);
  await tabTo(page, view(page).getByRole('button', { name: 'HTML email', exact: true }), { maxPresses: 120 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('newsletter-export-message')).toContainText('Not saved: the file contains');
  await intro.fill(before);
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });

  // The three files: saved, with the edit in them, and no personal data of anyone.
  const files = [await exportFile(page, 'HTML email'), await exportFile(page, 'Plain text'), await exportFile(page, 'Markdown')];
  expect(files[0]?.name).toMatch(/^Newsletter \d{4}-\d{2}\.html$/);
  expect(files[1]?.name).toMatch(/^Newsletter \d{4}-\d{2}\.txt$/);
  expect(files[2]?.name).toMatch(/^Newsletter \d{4}-\d{2}\.md$/);
  for (const file of files) {
    expect(file.text).toContain('What you raised with us');
    expect(file.text).toContain(`Brighter streets ${stamp}`);
    for (const piece of MUST_NOT_APPEAR) expect(file.text, `"${piece}" in ${file.name}`).not.toContain(piece);
    expect(file.text, `an address @example.org in ${file.name}`).not.toMatch(/@example\.org|@mail\.test|@post\.test/i);
  }

  // The HTML email as a citizen's mail program shows it: a screenshot of the whole page.
  const shot = await context.newPage();
  // The download is stored under a name without .html, so the page is given the file's text as it is.
  await shot.setContent(files[0]?.text ?? '');
  await expect(shot.getByRole('heading', { name: 'What you raised with us' })).toBeVisible();
  await shot.screenshot({ path: 'test-results/newsletter.png', fullPage: true });
  expect((await stat('test-results/newsletter.png')).size).toBeGreaterThan(20_000);
  await expectNoSeriousA11yViolations(shot);
  await shot.close();

  // Recipients: Maria and Peter asked for it; Ann never did; Omar was taken off it.
  const count = page.getByTestId('newsletter-recipient-count');
  await expect(count).toHaveText(/\d+ (people|person) asked for the newsletter/);
  const download = page.waitForEvent('download');
  await tabTo(page, view(page).getByRole('button', { name: 'Export recipients as CSV' }), { maxPresses: 120 });
  await page.keyboard.press('Enter');
  const csvFile = await download;
  const csv = (await readFile((await csvFile.path()) as string, 'utf8')).replace(/^\uFEFF/, '');
  const rows = csv.trim().split('\r\n');
  expect(rows[0]).toBe('name,email');
  const mine = rows.slice(1).filter((row) => row.includes(stamp));
  expect(mine.sort()).toEqual([`Maria Lopez,${PEOPLE[0].email}`, `Peter Jones,${PEOPLE[1].email}`]);
  expect(await count.textContent()).toBe(`${rows.length - 1} people asked for the newsletter`);

  // Taking Peter off the newsletter at the desk: the count and the list drop him.
  const email = view(page).getByLabel('Their email address');
  await tabTo(page, email, { maxPresses: 120 });
  await page.keyboard.type(PEOPLE[1].email);
  await page.keyboard.press('Enter');
  await expect(view(page).getByText(`${PEOPLE[1].email} is off the newsletter.`)).toBeVisible();
  await expect(count).toHaveText(`${rows.length - 2 === 1 ? '1 person' : `${rows.length - 2} people`} asked for the newsletter`);

  // axe on the view in both themes.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectViewAccessible(page);
  }

  // Send through the office's mail server (a real SMTP server process), after the confirmation.
  const settings = await context.request.put('/api/admin/office-settings', {
    data: { priorityAddresses: ['urgent@riverside.example'], smtp: { host: '127.0.0.1', port: sink.port, tls: 'none' }, includeContactDetails: false },
  });
  expect(settings.status(), await settings.text()).toBe(200);
  const recipients = rows.length - 2;
  const send = view(page).getByRole('button', { name: `Send to ${recipients} people` });
  await expect(send).toBeEnabled({ timeout: 15_000 });
  await tabTo(page, send, { maxPresses: 120 });
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('alertdialog', { name: `Send the newsletter to ${recipients} people?` });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('newsletter-deliveries')).toContainText(`${recipients} sent, 0 waiting, 0 failed, of ${recipients}.`, { timeout: 30_000 });
  const toMaria = sink.messages.filter((m) => m.to.includes(PEOPLE[0].email));
  expect(toMaria).toHaveLength(1);
  const body = toMaria[0]?.text ?? '';
  expect(body).toContain('What you raised with us');
  for (const other of PEOPLE.slice(1)) {
    expect(sink.messages.some((m) => m.to.includes(other.email)), `${other.name} got the newsletter`).toBe(false);
    for (const piece of [other.name, other.email, other.phone, other.address]) expect(body).not.toContain(piece);
  }
  // Final: read-only, saying when and by whom.
  await expect(saveState(page)).toHaveAttribute('data-state', 'sent', { timeout: 15_000 });
  await expect(saveState(page)).toContainText('by Ana Ortiz');
  await expect(editor.getByLabel('Subject line')).toHaveAttribute('readonly', '');
  await expect(view(page).getByRole('button', { name: 'Draft from this month' })).toBeHidden();
  await expectViewAccessible(page);
  await context.close();
  await seed.close();
});

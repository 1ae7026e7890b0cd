/**
 * Closing the loop in one flow (issue 7's proof): concerns full of names, emails, phone numbers and addresses,
 * some from citizens who agreed to be contacted or to get the newsletter, become a theme of the month; a go-to
 * person makes a project from that theme in the meeting view, links the rest from the review queue, makes it
 * public with a "you said, we did" text (into which a citizen's name slipped) and moves it to in progress. The
 * thank-you list shows exactly the consenting contributors, once each; the office's public page shows the
 * project and none of the personal data; the month's newsletter, exported as an HTML email, renders (a
 * screenshot is saved) and holds no personal data of anyone.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Contact } from '@shared/domain/concern';
import { uuidv7 } from '@shared/lib/uuidv7';
import { fields } from '../helpers/concerns';
import { ACCOUNTS, RIVERSIDE } from './accounts';
import { lastCompleteMonth } from './meeting-support';
import { expectNoSeriousA11yViolations, openApp, tabTo } from './support';

const contact = (changes: Partial<Contact>): Contact => ({ name: '', phone: '', email: '', preferredReply: 'none', consentToContact: false, anonymous: false, ...changes });

/** A word of letters only that no other test writes: the theme forms around it. */
const STAMP = Date.now().toString(36);
const WORD = `fountain${STAMP.replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'x')}`;

const PEOPLE = [
  { name: 'Maria Lopez', email: `maria.${STAMP}@example.org`, phone: '555 014 2368', address: '12 Oak Lane' },
  { name: 'Tomasz Nowak', email: `tomasz.${STAMP}@example.net`, phone: '+48 601 234 567', address: '7 Birch Road' },
  { name: 'Aiko Tanaka', email: `aiko.${STAMP}@example.jp`, phone: '020 7946 0018', address: '221 Baker Street' },
  { name: 'Olu Adeyemi', email: '', phone: '', address: '9 Mill Street' },
] as const;
const [maria, tomasz, aiko, olu] = PEOPLE;
/** Every personal string of the concerns: none may leave the app. */
const SECRETS = PEOPLE.flatMap((p) => [p.name, p.email, p.phone, p.address, ...p.name.split(' ')]).filter((s) => s !== '');

/** The concerns: who, with what consent, and what they said (their details in their own words too). */
const CONCERNS: { contact: Contact; text: string }[] = [
  { contact: contact({ ...maria, consentToContact: true, consentToUpdates: true, preferredReply: 'email' }), text: `The ${WORD} in the square is broken and dry. My name is ${maria.name}, call ${maria.phone}` },
  // Maria again, her email in capitals: still one person.
  { contact: contact({ name: maria.name, email: maria.email.toUpperCase(), consentToContact: true, preferredReply: 'email' }), text: `Still no water in the ${WORD} by the square, ${maria.name}, ${maria.address}` },
  { contact: contact({ name: tomasz.name, phone: tomasz.phone, consentToContact: true, preferredReply: 'phone' }), text: `The ${WORD} leaks and the square floods. I'm ${tomasz.name}, ${tomasz.phone}` },
  { contact: contact({ name: aiko.name, email: aiko.email, phone: aiko.phone }), text: `Broken ${WORD} in the square, water everywhere. Email me at ${aiko.email}` },
  { contact: contact({ name: olu.name, consentToContact: true, preferredReply: 'letter' }), text: `The ${WORD} in the square has been dry for weeks. Olu Adeyemi, ${olu.address}` },
  { contact: contact({ anonymous: true }), text: `The ${WORD} is broken, the square looks neglected` },
  { contact: contact({}), text: `Can someone fix the ${WORD} in the square, it is broken and dry` },
  { contact: contact({}), text: `Dry ${WORD} in the square again, broken pump` },
  { contact: contact({}), text: `The square's ${WORD} is broken, no water at all` },
  { contact: contact({}), text: `Please repair the ${WORD} in the square, it is dry` },
  { contact: contact({}), text: `Water leaking from the broken ${WORD} across the square` },
  { contact: contact({}), text: `The ${WORD} pump in the square is broken again` },
];

/** Another topic of the month, so the engine has themes to tell apart; never linked. */
const OTHER = Array.from({ length: 10 }, (_, i) =>
  i % 2 === 0 ? `Bins not collected on our road this week, missed collection (${i})` : `Missed bin collection again, rubbish left out on the road (${i})`,
);

/**
 * Pushes mutations as a desk would, straight to the server, and checks every one applied. They are dated in the
 * middle of the last complete month, the meeting's and the newsletter's first month: this month's newsletter
 * issue belongs to the newsletter's own test (one issue per month and office).
 */
async function push(request: APIRequestContext, mutations: { name: string; args: unknown }[]): Promise<void> {
  const at = `${lastCompleteMonth()}-15T12:00:00.000Z`;
  const answer = await request.post('/api/sync/push', { data: { clientId: randomUUID(), mutations: mutations.map((m, i) => ({ id: i + 1, at, ...m })) } });
  expect(answer.status()).toBe(200);
  const { results } = (await answer.json()) as { results: { status: string; reason?: string }[] };
  expect(results.map((r) => r.reason ?? r.status)).toEqual(mutations.map(() => 'applied'));
}

function expectNoSecrets(text: string, where: string): void {
  for (const secret of SECRETS) expect(text, `"${secret}" in ${where}`).not.toContain(secret);
}

const projectPage = (page: Page) => page.getByTestId('project-page');

test('a theme becomes a project: its consenting contributors are listed for thanks, the public page and the newsletter hold no personal data', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ timezoneId: 'UTC' });
  expect((await context.request.post('/api/sessions', { data: { email: ACCOUNTS.gia.email, password: ACCOUNTS.gia.password } })).status()).toBe(201);
  // High priority, so every one of them waits in the review queue, where the rest are linked from.
  const log = (summary: string, changes: Parameters<typeof fields>[0]) => ({
    name: 'logConcern',
    args: { id: uuidv7(Date.now(), randomBytes(10)), fields: fields({ summary, location: { address: '', area: 'Old Town' }, ...changes }) },
  });
  await push(context.request, [
    ...CONCERNS.map(({ contact: c, text }) => log(text, { contact: c, priority: 'high' })),
    ...OTHER.map((text) => log(text, {})),
  ]);
  const page = await context.newPage();
  await openApp(page);
  await expect(page.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced', { timeout: 15_000 });

  // The meeting view on its first month: the theme of the fountain, opened, and a project made from it.
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('meeting-view')).toBeVisible();
  const card = page.getByTestId('theme-card').filter({ hasText: new RegExp(WORD, 'i') });
  await expect(card).toHaveCount(1, { timeout: 60_000 });
  await card.getByRole('button').first().focus();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('theme-detail');
  await expect(detail).toBeVisible();
  const label = ((await detail.getByRole('heading', { level: 3 }).first().textContent()) ?? '').trim();
  await tabTo(page, detail.getByRole('button', { name: 'Make a project from this theme' }), { maxPresses: 40 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: label, level: 2 })).toBeFocused();

  // The review queue: every concern of the fountain selected and linked to the project (those of the theme
  // already are: linking them again changes nothing).
  await page.keyboard.press('Alt+2');
  await tabTo(page, page.getByLabel('Find in the queue'));
  await page.keyboard.type(WORD);
  await expect(page.getByTestId('queue-row')).toHaveCount(CONCERNS.length, { timeout: 15_000 });
  await tabTo(page, page.getByTestId('queue-row').first());
  await page.keyboard.press('Shift+X');
  await page.keyboard.press('l');
  const picker = page.getByRole('dialog', { name: 'Link to a project' });
  await expect(picker.getByLabel('Find a project')).toBeFocused();
  await page.keyboard.type(label.slice(0, 12));
  await tabTo(page, picker.getByRole('radio', { name: label }));
  await page.keyboard.press('Space');
  await tabTo(page, picker.getByRole('button', { name: 'Link', exact: true }));
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();

  // The project: every one linked; made public, with a summary into which a citizen's name slipped.
  await page.keyboard.press('Alt+4');
  await expect(projectPage(page)).toBeVisible();
  await expect(page.getByTestId('project-figures')).toContainText(`${CONCERNS.length} linked concerns`);
  await projectPage(page).getByLabel('You said, we did (public summary)').fill(`You told us the ${WORD} was broken; ${maria.name} was first to call. We are repairing the pump.`);
  await projectPage(page).getByLabel('Show on the public status list').check();
  await projectPage(page).getByRole('button', { name: 'Save changes' }).press('Enter');
  await expect(projectPage(page).getByText('Saved.')).toBeVisible();

  // In progress: the thank-you list is exactly the people who agreed to be contacted, once each.
  await tabTo(page, page.getByRole('group', { name: 'Move to' }).getByRole('button', { name: 'In progress' }), { backwards: true, maxPresses: 80 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('project-status')).toHaveText('In progress');
  await expect(page.getByTestId('thanks-opened')).toBeVisible();
  const names = async (group: string) => page.locator(`#thanks-group-${group} .thanks-name strong`).allTextContents();
  expect(await names('email')).toEqual([maria.name]);
  expect(await names('call')).toEqual([tomasz.name]);
  expect(await names('letter')).toEqual([olu.name]);
  await expect(page.getByTestId('thanks-counts')).toContainText('3 to thank, 0 thanked');
  await expect(page.getByTestId('project-thanks')).not.toContainText(aiko.name);
  await expectNoSeriousA11yViolations(page);

  // The public status list: the project, its progress and summary, and nobody's personal data.
  const admin = await browser.newContext();
  expect((await admin.request.post('/api/sessions', { data: { email: ACCOUNTS.ana.email, password: ACCOUNTS.ana.password } })).status()).toBe(201);
  const before = (await (await admin.request.get('/api/admin/public-page')).json()) as { settings: Record<string, unknown> & { slug: string } };
  const { slug, displayName, introduction, websiteUrl, embedOrigins } = before.settings;
  const publish = (isPublished: boolean) => admin.request.put('/api/admin/public-page', { data: { slug, displayName, introduction, websiteUrl, embedOrigins, isPublished } });
  expect((await publish(true)).status()).toBe(200);
  try {
    const publicPage = await admin.newPage();
    await publicPage.goto(`/public/${slug}/`);
    const project = publicPage.locator('article').filter({ hasText: label });
    await expect(project).toBeVisible();
    await expect(project).toContainText(`You told us the ${WORD} was broken`);
    await expect(project).toContainText('We are repairing the pump.');
    expectNoSecrets(await publicPage.content(), 'the public page');
    expectNoSecrets(await (await admin.request.get(`/public/${slug}/feed.json`)).text(), 'the JSON feed');
    await expectNoSeriousA11yViolations(publicPage);
  } finally {
    // Other tests of this office expect the page unpublished, as an office starts.
    expect((await publish(false)).status()).toBe(200);
    await admin.close();
  }

  // The newsletter of that month: drafted, exported as an HTML email, rendered, with no personal data.
  await page.keyboard.press('Alt+5');
  await expect(page.getByTestId('newsletter-page')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Draft from this month' }), { maxPresses: 60 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('newsletter-save-state')).toHaveAttribute('data-state', 'saved', { timeout: 60_000 });
  const download = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: 'HTML email', exact: true }), { maxPresses: 120 });
  await page.keyboard.press('Enter');
  const html = await readFile((await (await download).path()) as string, 'utf8');
  expect(html).toContain(label);
  expect(html).toContain('We are repairing the pump.');
  // Signed with the office's name, known from signing in even before an admin saved any office setting.
  expect(html).toContain(RIVERSIDE);
  expectNoSecrets(html, 'the newsletter');
  const shot = await context.newPage();
  await shot.setContent(html);
  await expect(shot.getByText(label).first()).toBeVisible();
  await shot.screenshot({ path: 'test-results/closing-the-loop-newsletter.png', fullPage: true });
  expect((await stat('test-results/closing-the-loop-newsletter.png')).size).toBeGreaterThan(20_000);
  await context.close();
});

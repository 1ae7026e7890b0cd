/**
 * Thank-yous through the real office server: concerns from citizens who agreed to be contacted and from some
 * who did not (one person with two concerns, one anonymous, a merged duplicate whose citizen agreed), linked to
 * a planned project. Moved to in progress by keyboard, the panel lists exactly the consenting people, once each,
 * by channel; one is thanked by email through the desk's mail program, the letters are printed (print
 * stylesheet: one letter per page, nothing else on the paper) and marked, and a call is marked. A second desk
 * sees who was thanked, and its own thank-you of someone thanked first elsewhere is refused in plain words.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import type { Contact } from '@shared/domain/concern';
import { uuidv7 } from '@shared/lib/uuidv7';
import { fields } from '../helpers/concerns';
import { ACCOUNTS, type TestAccount } from './accounts';
import { expectNoSeriousA11yViolations, openApp, settleAnimations, tabTo } from './support';

const contact = (changes: Partial<Contact>): Contact => ({ name: '', phone: '', email: '', preferredReply: 'none', consentToContact: true, anonymous: false, ...changes });

/** Pushes mutations as a desk of `account` would, straight to the server, and checks every one applied. */
async function push(request: APIRequestContext, mutations: { name: string; args: unknown }[]): Promise<void> {
  const clientId = randomUUID();
  // A second apart, in the order given, as a desk logs them: "the latest" of a person's concerns is well defined.
  const start = Date.now() - 60_000;
  const at = (i: number) => new Date(start + i * 1000).toISOString();
  const answer = await request.post('/api/sync/push', { data: { clientId, mutations: mutations.map((m, i) => ({ id: i + 1, at: at(i), ...m })) } });
  expect(answer.status()).toBe(200);
  const { results } = (await answer.json()) as { results: { status: string; reason?: string }[] };
  expect(results.map((r) => r.reason ?? r.status)).toEqual(mutations.map(() => 'applied'));
}

/** A desk whose browser holds a session of `account`, synced. */
async function signedInDesk(browser: Browser, account: TestAccount) {
  const context = await browser.newContext();
  expect((await context.request.post('/api/sessions', { data: { email: account.email, password: account.password } })).status()).toBe(201);
  const page = await context.newPage();
  await openApp(page);
  await expect(page.locator('.status-sync')).toHaveAttribute('data-sync-state', 'synced');
  return { context, page };
}

/** Opens the projects view (Alt+4) and the project titled `title` (j until its row is current, then Enter). */
async function openProject(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Alt+4');
  const current = page.locator('[data-testid="project-row"][tabindex="0"]');
  await expect(page.getByTestId('project-row').filter({ hasText: title })).toBeVisible({ timeout: 15_000 });
  await tabTo(page, current, { maxPresses: 60 });
  for (let i = 0; i < 50 && !((await current.textContent()) ?? '').includes(title); i += 1) await page.keyboard.press('j');
  await expect(current).toContainText(title);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
}

const panelOf = (page: Page) => page.getByTestId('project-thanks');
const namesIn = async (page: Page, group: string) =>
  page.locator(`#thanks-group-${group} .thanks-name strong`).allTextContents();

test('the thank-you list shows exactly the consenting contributors, once each; thanked people are not thanked again', async ({ browser }) => {
  // Two desks, four thank-yous and three accessibility checks on a machine shared with other builds.
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const title = `Fix the lights on Elm Street ${stamp}`;
  const ana = contact({ name: 'Ana Silva', email: `ana.${stamp}@example.org`, preferredReply: 'email' });
  const people = [
    ana,
    { ...ana, email: ana.email.toUpperCase() },
    contact({ name: 'Ben Okafor', phone: '555 014 2368', preferredReply: 'phone' }),
    contact({ name: 'Cleo Park', email: `cleo.${stamp}@example.org`, consentToContact: false }),
    contact({ anonymous: true, preferredReply: 'letter' }),
    contact({ name: 'Dora Lind', preferredReply: 'letter' }),
    contact({ name: 'Eli Novak', email: `eli.${stamp}@example.org`, preferredReply: 'letter' }),
  ];
  const newId = () => uuidv7(Date.now(), randomBytes(10));
  const ids = people.map(newId);
  const projectId = newId();
  const seed = await browser.newContext();
  expect((await seed.request.post('/api/sessions', { data: { email: ACCOUNTS.ana.email, password: ACCOUNTS.ana.password } })).status()).toBe(201);
  await push(seed.request, [
    ...people.map((c, i) => ({ name: 'logConcern', args: { id: ids[i], fields: fields({ summary: `Street light out ${stamp} (${i + 1})`, contact: c }) } })),
    // Eli's concern was a duplicate of Dora's: merged, his contact travels with hers and is not linked itself.
    { name: 'mergeConcerns', args: { id: ids[5], duplicateId: ids[6] } },
    {
      name: 'createProject',
      args: {
        id: projectId,
        fields: { title, status: 'planned', publicSummary: 'You told us the street lights were out. We are replacing 14 lamps.' },
        concernIds: ids.slice(0, 6),
      },
    },
  ]);
  await seed.close();

  const { context: giaContext, page: gia } = await signedInDesk(browser, ACCOUNTS.gia);
  const handedOver: string[] = [];
  gia.on('console', (message) => {
    const link = /'(mailto:[^']+)'/.exec(message.text())?.[1];
    if (link !== undefined) handedOver.push(link);
  });
  await openProject(gia, title);
  await expect(panelOf(gia)).toContainText('Thank-yous open when the project starts');
  await expectNoSeriousA11yViolations(gia);

  // Moved to in progress by keyboard: the list opens.
  await tabTo(gia, gia.getByRole('group', { name: 'Move to' }).getByRole('button', { name: 'In progress' }), { maxPresses: 60 });
  await gia.keyboard.press('Enter');
  await expect(gia.getByTestId('thanks-counts')).toHaveText('4 to thank, 0 thanked; 1 other did not agree to be contacted');
  expect(await namesIn(gia, 'email')).toEqual(['Ana Silva']);
  expect(await namesIn(gia, 'letter')).toEqual(['Dora Lind', 'Eli Novak']);
  expect(await namesIn(gia, 'call')).toEqual(['Ben Okafor']);
  await expect(panelOf(gia)).not.toContainText('Cleo Park');
  await expect(panelOf(gia)).not.toContainText(`cleo.${stamp}`);
  for (const colorScheme of ['dark', 'light'] as const) {
    await gia.emulateMedia({ colorScheme });
    await settleAnimations(gia);
    await expectNoSeriousA11yViolations(gia);
  }

  // Ben's desk opens the project too, then loses the network.
  const { context: benContext, page: ben } = await signedInDesk(browser, ACCOUNTS.ben);
  await openProject(ben, title);
  await expect(ben.getByTestId('thanks-counts')).toHaveText('4 to thank, 0 thanked; 1 other did not agree to be contacted');
  await benContext.setOffline(true);

  // The email: drafted with the project's public text, handed to the mail program, then marked.
  const email = gia.getByTestId('thanks-email');
  await expect(email.getByLabel('Subject')).toHaveValue(`Thank you: ${title}`);
  await expect(email.getByLabel('Text')).toHaveValue(/^Dear Ana Silva,\n\nThank you for the 2 concerns you raised with /);
  await expect(email.getByLabel('Text')).toHaveValue(/You said, we did: You told us the street lights were out\. We are replacing 14 lamps\./);
  // Staff edit the draft before sending it: the mail program gets their words.
  await tabTo(gia, email.getByLabel('Subject'), { maxPresses: 60 });
  await gia.keyboard.press('End');
  await gia.keyboard.type(' and the lamps');
  await tabTo(gia, email.getByRole('button', { name: 'Open in mail program: the email to Ana Silva' }));
  await gia.keyboard.press('Enter');
  await expect.poll(() => handedOver.length).toBe(1);
  // To the address as she last gave it (her second concern's, written in capitals).
  expect(handedOver[0]).toMatch(new RegExp(`^mailto:${encodeURIComponent(ana.email.toUpperCase())}\\?subject=`));
  expect(decodeURIComponent(handedOver[0] ?? '')).toContain(`Thank you: ${title} and the lamps&body=Dear Ana Silva,`);
  await tabTo(gia, email.getByRole('button', { name: 'Mark as thanked: Ana Silva, by email' }));
  await gia.keyboard.press('Enter');
  await expect(gia.getByTestId('thanks-counts')).toHaveText('3 to thank, 1 thanked; 1 other did not agree to be contacted');
  await expect(gia.getByTestId('thanks-thanked')).toContainText(/Thanked by Gia Park on .+, by email/);

  // The letters: printed one per page with nothing else on the paper, then marked.
  await tabTo(gia, gia.getByRole('button', { name: 'Print letters' }), { maxPresses: 60 });
  await gia.keyboard.press('Enter');
  // Back from printing, the focus is on marking what was printed.
  const markPrinted = gia.getByRole('button', { name: 'Mark the 2 printed letters as thanked' });
  await expect(markPrinted).toBeFocused();
  await gia.emulateMedia({ media: 'print' });
  const printed = gia.getByTestId('print-letters');
  await expect(printed).toBeVisible();
  await expect(gia.getByTestId('project-page')).toBeHidden();
  await expect(printed.locator('.print-letter')).toHaveCount(2);
  await expect(printed.locator('.print-letter').nth(0)).toContainText('Dear Dora Lind,');
  await expect(printed.locator('.print-letter').nth(1)).toContainText('Dear Eli Novak,');
  expect(await printed.locator('.print-letter').nth(0).evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
  const paper = (await printed.textContent()) ?? '';
  for (const piece of ['Ana Silva', 'Cleo Park', 'Ben Okafor', `cleo.${stamp}`, '555 014 2368', `Street light out ${stamp}`]) expect(paper, `"${piece}" on the letters`).not.toContain(piece);
  await gia.screenshot({ path: test.info().outputPath('thanks-letters-print.png'), fullPage: true });
  await gia.emulateMedia({ media: 'screen' });
  await expect(printed).toBeHidden();
  // Emulating print media hid the page, and Chromium dropped the focus with it (printing itself does not):
  // put it back where it was.
  await markPrinted.focus();
  await gia.keyboard.press('Enter');
  await expect(gia.getByTestId('thanks-counts')).toHaveText('1 to thank, 3 thanked; 1 other did not agree to be contacted');

  // Meanwhile Ben, offline, calls Ben Okafor and marks it: his desk takes it at once.
  const benCall = ben.getByTestId('thanks-call');
  await tabTo(ben, benCall.getByLabel('Note on the call to Ben Okafor (optional)'), { maxPresses: 80 });
  await ben.keyboard.type('Spoke to him, he was pleased');
  await ben.keyboard.press('Enter');
  // (Stamped with the desk's own name until the server, which stamps the signed-in account's, has it.)
  await expect(ben.getByTestId('thanks-thanked').filter({ hasText: 'Ben Okafor' })).toContainText(/Thanked by .+ on .+, by phone Note: Spoke to him/);

  // The call list at Gia's desk: the script, a note, Called.
  const call = gia.getByTestId('thanks-call');
  await expect(call).toContainText('Phone: 555 014 2368');
  await expect(call.locator('.thanks-script')).toContainText(`Hello Ben Okafor, this is `);
  await tabTo(gia, call.getByLabel('Note on the call to Ben Okafor (optional)'), { maxPresses: 60 });
  await gia.keyboard.type('Left a message');
  await tabTo(gia, call.getByRole('button', { name: 'Called: Ben Okafor' }));
  await gia.keyboard.press('Enter');
  await expect(gia.getByTestId('thanks-counts')).toHaveText('0 to thank, 4 thanked; 1 other did not agree to be contacted');
  await expect(panelOf(gia)).toContainText('Everyone who agreed to be contacted has been thanked.');
  await expect(gia.getByTestId('thanks-thanked').filter({ hasText: 'Ben Okafor' })).toContainText('Note: Left a message');
  await expectNoSeriousA11yViolations(gia);

  // Back online, Ben's desk is told its thank-you was not kept, and shows Gia's.
  await benContext.setOffline(false);
  await expect(ben.getByTestId('sync-rejection')).toContainText(/A thank-you: Already thanked by Gia Park on \d{1,2} \w+, by phone\./, { timeout: 20_000 });
  await expect(ben.getByTestId('thanks-counts')).toHaveText('0 to thank, 4 thanked; 1 other did not agree to be contacted');
  await expect(ben.getByTestId('thanks-thanked').filter({ hasText: 'Ben Okafor' })).toContainText(/Thanked by Gia Park on .+, by phone/);
  await expect(ben.getByTestId('thanks-thanked').filter({ hasText: 'Eli Novak' })).toContainText(/Thanked by Gia Park on .+, by letter/);
  // Nobody is left to thank there: no button offers it again.
  await expect(panelOf(ben).getByRole('button', { name: /^(Mark as thanked|Called|Thanked in person)/ })).toHaveCount(0);
  await settleAnimations(ben);
  await expectNoSeriousA11yViolations(ben);

  await benContext.close();
  await giaContext.close();
});

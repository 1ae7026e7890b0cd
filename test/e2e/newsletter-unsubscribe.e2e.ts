/**
 * The unsubscribe link of a newsletter (issue 7), through the real office server and a real SMTP server process:
 * an admin sends a month's issue to a citizen who asked for it; the citizen opens the link from the email's
 * List-Unsubscribe header in a phone-sized browser with no login. The page asks first (opening it unsubscribes
 * nobody: mail scanners open links too), the button works by keyboard, the next page says so in plain words, and
 * opening the link again says they are already unsubscribed. The next month's issue does not reach them. An
 * unknown link is a 404 page that says what to do. axe on each page, in light and dark.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Contact } from '@shared/domain/concern';
import { uuidv7 } from '@shared/lib/uuidv7';
import { fields } from '../helpers/concerns';
import { headerOf } from '../helpers/smtp-sink-mime';
import { startSmtpSink, type SinkMessage, type SmtpSink } from '../helpers/smtp-sink-process';
import { ACCOUNTS } from './accounts';
import { expectNoSeriousA11yViolations, tabTo } from './support';

const stamp = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const EMAIL = `reader.${stamp}@example.org`;
// Months of their own, far from the ones other tests draft, so this test's issues are its own.
const YEAR = 2040 + (Date.now() % 40);
const MONTH = `${YEAR}-03`;
const NEXT_MONTH = `${YEAR}-04`;

const issue = (month: string, subject: string) => ({
  month,
  subject,
  intro: 'Thank you for telling us what matters.',
  sections: [{ id: 'themes', kind: 'themes', heading: 'What we heard', body: '- Street lights out' }],
  closing: '',
});

async function push(request: APIRequestContext, mutations: { name: string; args: unknown }[]): Promise<void> {
  const at = new Date().toISOString();
  const answer = await request.post('/api/sync/push', { data: { clientId: randomUUID(), mutations: mutations.map((m, i) => ({ id: i + 1, at, ...m })) } });
  expect(answer.status()).toBe(200);
  const { results } = (await answer.json()) as { results: { status: string; reason?: string }[] };
  expect(results.map((r) => r.reason ?? r.status)).toEqual(mutations.map(() => 'applied'));
}

async function waitForCopy(sink: SmtpSink, to: string, subject: string): Promise<SinkMessage> {
  await expect.poll(() => sink.messages.some((m) => m.to.includes(to) && m.subject === subject), { timeout: 30_000 }).toBe(true);
  const copy = sink.messages.find((m) => m.to.includes(to) && m.subject === subject);
  if (copy === undefined) throw new Error('no copy');
  return copy;
}

async function expectAccessibleInBothThemes(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page);
}

let sink: SmtpSink;
test.beforeAll(async () => {
  sink = await startSmtpSink();
});
test.afterAll(async () => {
  await sink.kill();
});

test('a citizen unsubscribes from the link in the newsletter, by keyboard, on a phone, and the next issue does not reach them', async ({ browser }) => {
  test.setTimeout(120_000);
  const staff = await browser.newContext();
  expect((await staff.request.post('/api/sessions', { data: { email: ACCOUNTS.ana.email, password: ACCOUNTS.ana.password } })).status()).toBe(201);
  const settings = await staff.request.put('/api/admin/office-settings', {
    data: { priorityAddresses: ['urgent@riverside.example'], smtp: { host: '127.0.0.1', port: sink.port, tls: 'none' }, includeContactDetails: false },
  });
  expect(settings.status(), await settings.text()).toBe(200);
  const contact: Contact = { name: 'Rita Reader', phone: '', email: EMAIL, preferredReply: 'email', consentToContact: true, anonymous: false, consentToUpdates: true };
  await push(staff.request, [
    { name: 'logConcern', args: { id: uuidv7(Date.now(), randomBytes(10)), fields: fields({ summary: 'Street light out', contact }) } },
    { name: 'saveNewsletter', args: issue(MONTH, `Our March news ${stamp}`) },
  ]);
  const sent = await staff.request.post(`/api/newsletters/${MONTH}/send`);
  expect(sent.status(), await sent.text()).toBe(200);
  const copy = await waitForCopy(sink, EMAIL, `Our March news ${stamp}`);
  const link = /<([^>]+)>/.exec(headerOf(copy.raw.split(/\r?\n\r?\n/)[0] ?? '', 'List-Unsubscribe'))?.[1] ?? '';
  expect(link).toMatch(/\/newsletter\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
  expect(copy.text).toContain(`Unsubscribe: ${link}`);

  const citizen = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await citizen.newPage();
  // Opening the link only asks: a mail scanner fetching it twice unsubscribes nobody.
  for (let i = 0; i < 2; i += 1) {
    const opened = await page.goto(link);
    expect(opened?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stop the monthly newsletter?');
  }
  await expect(page.getByRole('main')).toContainText('Riverside Town Hall');
  await expectAccessibleInBothThemes(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await tabTo(page, page.getByRole('button', { name: 'Unsubscribe' }), { maxPresses: 5 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are unsubscribed');
  await expect(page.getByRole('main')).toContainText('will not send you the monthly newsletter at this email address again');
  await page.screenshot({ path: 'test-results/newsletter-unsubscribed.png', fullPage: true });
  await expectAccessibleInBothThemes(page);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are already unsubscribed');

  // The next month's issue: whoever else it reaches, not them.
  await push(staff.request, [{ name: 'saveNewsletter', args: issue(NEXT_MONTH, `Our April news ${stamp}`) }]);
  const next = await staff.request.post(`/api/newsletters/${NEXT_MONTH}/send`);
  expect([200, 409]).toContain(next.status());
  if (next.status() === 200) {
    await expect
      .poll(async () => ((await (await staff.request.get(`/api/newsletters/${NEXT_MONTH}/deliveries`)).json()) as { queued: number; sending: number }).queued, { timeout: 30_000 })
      .toBe(0);
  } else {
    expect(((await next.json()) as { error: string }).error).toBe('no-recipients');
  }
  expect(sink.messages.filter((m) => m.to.includes(EMAIL)).map((m) => m.subject)).toEqual([`Our March news ${stamp}`]);

  // A link cut short by a mail program.
  const broken = await page.goto(link.slice(0, -5));
  expect(broken?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This unsubscribe link does not work');
  await expectAccessibleInBothThemes(page);
  await citizen.close();
  await staff.close();
});

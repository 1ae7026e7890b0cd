/**
 * What the newsletter's server suites share: an office (admin, a go-to person's desk, a facilitator) whose
 * settings point at a real SMTP server process, citizens logged through pushes, the month's issue saved through
 * the saveNewsletter mutator as a desk saves it, presses of "send", and reads of the deliveries and the mail.
 */
import type { FastifyInstance } from 'fastify';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { newsletterDeliveriesPath, newsletterSendPath } from '@shared/api/newsletter';
import type { Contact } from '@shared/domain/concern';
import type { NewsletterContent } from '@shared/domain/newsletter';
import type { Db, Queryable } from '../../../server/src/db/db';
import type { NewsletterDeliveryRow } from '../../../server/src/newsletter/rows';
import { headerOf as mimeHeaderOf } from '../../helpers/smtp-sink-mime';
import type { SinkMessage, SmtpSink } from '../../helpers/smtp-sink-process';
import { createStaff, type TestStaff } from '../../helpers/staff';
import { concernId, createTestOffice, fields, mutation, pushApplied, saveSettings, settingsFor, type TestOffice } from '../escalations/support';

export { PUBLIC_URL } from '../escalations/support';

/** The month most tests send. */
export const MONTH = '2026-11';

/** An office with a facilitator (who may send) and a counter for the desk's mutation ids. */
export interface NewsletterOffice extends TestOffice {
  readonly facilitator: TestStaff;
  /** The next mutation id of the office's desk. */
  nextId: number;
}

/** Makes the office; with a sink, its settings point at it. */
export async function createNewsletterOffice(db: Db, sink?: SmtpSink): Promise<NewsletterOffice> {
  const office = await createTestOffice(db);
  const facilitator = await createStaff(db, { officeId: office.officeId, role: 'facilitator', displayName: 'Fay Moss' });
  if (sink !== undefined) await saveSettings(db, office, settingsFor(sink.port));
  return { ...office, facilitator, nextId: 1 };
}

/** A citizen who asked for the newsletter, with any changes. */
export function subscriber(email: string, changes: Partial<Contact> = {}): Contact {
  return { name: 'A citizen', phone: '', email, preferredReply: 'email', consentToContact: true, anonymous: false, consentToUpdates: true, ...changes };
}

/** Logs one concern per contact from the office's desk (concern numbers from `firstN`). */
export async function logContacts(app: FastifyInstance, office: NewsletterOffice, firstN: number, contacts: readonly Contact[]): Promise<void> {
  const mutations = contacts.map((contact, i) =>
    mutation(office.nextId++, 'logConcern', { id: concernId(firstN + i), fields: fields({ contact, summary: `Concern ${firstN + i}` }) }),
  );
  await pushApplied(app, office, mutations);
}

/** The content of a test issue. */
export function issueContent(changes: Partial<NewsletterContent> = {}): NewsletterContent {
  return {
    subject: 'What you told us in November',
    intro: 'Thank you for telling us what matters on your street.',
    sections: [{ id: 'themes', kind: 'themes', heading: 'What we heard', body: '- Street lights out\n- Bins [collected](https://town.example/bins) late' }],
    closing: 'See you next month.',
    ...changes,
  };
}

/** Saves the month's issue from the desk, as the app does. */
export async function saveIssue(app: FastifyInstance, office: NewsletterOffice, month = MONTH, content = issueContent()): Promise<void> {
  await pushApplied(app, office, [mutation(office.nextId++, 'saveNewsletter', { month, ...content })]);
}

/** Presses "send" as `who`. */
export function pressSend(app: FastifyInstance, who: Pick<TestStaff, 'token'>, month = MONTH): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: newsletterSendPath(month), headers: { authorization: `Bearer ${who.token}` } });
}

/** GETs the month's delivery counts as `who`. */
export function getDeliveries(app: FastifyInstance, who: Pick<TestStaff, 'token'>, month = MONTH): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url: newsletterDeliveriesPath(month), headers: { authorization: `Bearer ${who.token}` } });
}

/** Every delivery of the month, by address. */
export async function deliveryRows(q: Queryable, month = MONTH): Promise<NewsletterDeliveryRow[]> {
  return (await q.query<NewsletterDeliveryRow>('select * from newsletter_deliveries where month = $1 order by to_addresses[1]', [month])).rows;
}

/** Polls until the month's deliveries pass `check`; returns them. */
export async function waitForDeliveries(
  q: Queryable,
  check: (rows: NewsletterDeliveryRow[]) => boolean,
  { month = MONTH, timeoutMs = 30_000 } = {},
): Promise<NewsletterDeliveryRow[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await deliveryRows(q, month);
    if (check(rows)) return rows;
    if (Date.now() > deadline) throw new Error(`The deliveries of ${month} did not get there in ${timeoutMs} ms: ${JSON.stringify(rows.map((r) => [r.to_addresses, r.state, r.attempts, r.last_error]))}`);
    await new Promise((resolveLater) => setTimeout(resolveLater, 50));
  }
}

/** True when every delivery is sent (and there are `count`). */
export const allSent = (count: number) => (rows: NewsletterDeliveryRow[]) => rows.length === count && rows.every((row) => row.state === 'sent');

/** The recipients of the messages the sink accepted, sorted; one entry per message and recipient. */
export function recipientsOf(messages: readonly SinkMessage[]): string[] {
  return messages.flatMap((message) => message.to).sort();
}

/** Waits for `count` messages, then makes sure no more arrive for a moment. */
export async function expectMessageCount(sink: SmtpSink, count: number): Promise<void> {
  await sink.waitForMessages(count, 30_000);
  await new Promise((resolveLater) => setTimeout(resolveLater, 400));
  expect(sink.messages).toHaveLength(count);
}

/** A header of a raw message (unfolded), or '' when it has none. */
export function headerOf(message: SinkMessage, name: string): string {
  return mimeHeaderOf(message.raw.split(/\r?\n\r?\n/)[0] ?? '', name);
}

/** The unsubscribe link of a message (from its List-Unsubscribe header). */
export function unsubscribeLinkOf(message: SinkMessage): string {
  const header = headerOf(message, 'List-Unsubscribe');
  const match = /<([^>]+)>/.exec(header);
  if (match?.[1] === undefined) throw new Error(`No List-Unsubscribe link in: ${header}`);
  return match[1];
}

/** The path of a link (what app.inject takes). */
export const pathOf = (link: string): string => new URL(link).pathname;

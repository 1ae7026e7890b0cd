/**
 * Pressing "send" on a month's newsletter (POST /api/newsletters/:month/send). In one transaction, under the
 * office's sync lock (the one push takes, so a desk's save cannot slip between the read and the stamp):
 *
 *   1. the first press freezes the issue: its content goes into newsletter_sends and the synced newsletters row
 *      gets sentAt/sentBy through the SQL store (desks pull it, and saveNewsletter refuses from then on);
 *      later presses keep that snapshot, whatever the live row says;
 *   2. every current recipient (recipients.ts) gets a newsletter_deliveries row with `on conflict do nothing`,
 *      so a retry, a second person pressing at the same moment, or a press after new consents only adds people
 *      not yet recorded: one delivery per recipient per issue, ever;
 *   3. the workers are woken when the transaction commits.
 *
 * Refusals, before anything is written: no issue for that month, an issue that does not pass its schema, no
 * mail server saved, nobody to send to (on the first press).
 */
import { randomBytes } from 'node:crypto';
import { NewsletterContentSchema, NewsletterSchema, type Newsletter, type NewsletterContent } from '@shared/domain/newsletter';
import type { Tx, Db } from '../db/db';
import { senderOf } from '../escalations/delivery';
import { readOfficeSettings } from '../escalations/office-settings';
import { ESCALATION_CHANNEL } from '../escalations/queue';
import { lockOffice } from '../sync/push';
import { pokeOffice } from '../sync/pokes';
import { createSqlStore } from '../sync/sql-store';
import { newsletterRecipients } from './recipients';

/** The send's outcome; the route turns refusals into 4xx answers. */
export type SendOutcome =
  | { readonly status: 'sent'; readonly sentAt: string; readonly sentBy: string; readonly queuedNow: number }
  | { readonly status: 'not-found' | 'not-configured' | 'no-recipients' }
  | { readonly status: 'invalid-issue'; readonly reason: string };

/** A refusal that rolls the transaction back. */
class Refused extends Error {
  constructor(readonly outcome: Exclude<SendOutcome, { status: 'sent' }>) {
    super(outcome.status);
  }
}

/** A new unsubscribe token: 256 random bits, URL-safe (43 characters). */
export function newUnsubscribeToken(): string {
  return randomBytes(32).toString('base64url');
}

interface Frozen {
  readonly issue: NewsletterContent;
  readonly sentAt: string;
  readonly sentBy: string;
  readonly isFirst: boolean;
}

/** The issue as sent: the snapshot of an earlier press, or a new one made now from the synced row. */
async function freeze(tx: Tx, officeId: string, month: string, sender: string): Promise<Frozen> {
  const { rows } = await tx.query<{ issue: NewsletterContent; sent_at: Date; sent_by: string }>(
    'select issue, sent_at, sent_by from newsletter_sends where office_id = $1 and month = $2',
    [officeId, month],
  );
  const earlier = rows[0];
  if (earlier !== undefined) return { issue: earlier.issue, sentAt: earlier.sent_at.toISOString(), sentBy: earlier.sent_by, isFirst: false };
  const store = createSqlStore(tx, officeId);
  const stored = await store.get('newsletters', month);
  if (stored === undefined) throw new Refused({ status: 'not-found' });
  const parsed = NewsletterSchema.safeParse(stored);
  if (!parsed.success) throw new Refused({ status: 'invalid-issue', reason: parsed.error.issues[0]?.message ?? 'The issue is not complete.' });
  const { subject, intro, sections, closing } = parsed.data;
  const issue = NewsletterContentSchema.parse({ subject, intro, sections, closing });
  // The database's clock, as for every other server time; the desk's clocks do not decide when it went out.
  const { rows: stamped } = await tx.query<{ sent_at: Date }>(
    `insert into newsletter_sends (office_id, month, issue, sent_by) values ($1, $2, $3::json, $4) returning sent_at`,
    [officeId, month, JSON.stringify(issue), sender],
  );
  const sentAt = (stamped[0]?.sent_at ?? new Date()).toISOString();
  const row: Newsletter = { ...parsed.data, sentAt, sentBy: sender };
  await store.put('newsletters', row);
  await pokeOffice(tx, officeId);
  return { issue, sentAt, sentBy: sender, isFirst: true };
}

/** Queues the recipients not yet recorded for the month; returns how many were queued now. */
async function queueRecipients(tx: Tx, officeId: string, month: string): Promise<number> {
  const recipients = await newsletterRecipients(tx, officeId);
  if (recipients.length === 0) return 0;
  const { rows } = await tx.query<{ id: string }>(
    `insert into newsletter_deliveries (office_id, month, recipient_key, unsubscribe_token, to_addresses)
     select $1, $2, r.key, r.token, array[r.email] from unnest($3::text[], $4::text[], $5::text[]) as r (key, email, token)
     on conflict (office_id, month, recipient_key) do nothing
     returning id`,
    [officeId, month, recipients.map((r) => r.key), recipients.map((r) => r.email), recipients.map(() => newUnsubscribeToken())],
  );
  return rows.length;
}

/** Sends (or sends on to new recipients) the month's issue for `sender`, a staff member who may send it. */
export async function sendNewsletter(db: Db, officeId: string, month: string, sender: string): Promise<SendOutcome> {
  try {
    return await db.transaction(async (tx) => {
      const settings = await readOfficeSettings(tx, officeId);
      if (settings === undefined || settings.smtp.host === '' || senderOf(settings) === '') throw new Refused({ status: 'not-configured' });
      await lockOffice(tx, officeId);
      const frozen = await freeze(tx, officeId, month, sender);
      const queuedNow = await queueRecipients(tx, officeId, month);
      if (frozen.isFirst && queuedNow === 0) throw new Refused({ status: 'no-recipients' });
      if (queuedNow > 0) await tx.notify(ESCALATION_CHANNEL, officeId);
      return { status: 'sent' as const, sentAt: frozen.sentAt, sentBy: frozen.sentBy, queuedNow };
    });
  } catch (error) {
    if (error instanceof Refused) return error.outcome;
    throw error;
  }
}

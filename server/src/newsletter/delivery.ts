/**
 * Delivering one recipient's copy of a newsletter (newsletter_deliveries), as the mail worker's third courier,
 * after priority emails and acknowledgements (server/src/escalations/worker.ts). The message is the issue as
 * frozen at the first send (newsletter_sends), rendered by shared/newsletter/render.ts with the recipient's own
 * unsubscribe link, and carries:
 *
 * - a Message-ID derived from (office, month, recipient key), the same on every attempt, so a copy sent again
 *   after a crash between the mail server's acceptance and the commit is shown once by mail systems that
 *   de-duplicate by it;
 * - a link to the office's public status list ("you said, we did") and its logo, when the page is published;
 * - List-Unsubscribe with the https link and List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058), so a
 *   mail program's own "unsubscribe" button works without opening a page.
 *
 * It is not sent, and fails with the reason, when the address was unsubscribed since the press (checked for each
 * copy), its consent was withdrawn (checked against a list of current recipients at most 30 s old), or the mail
 * server settings were removed. Sends are spaced (gapMs) to be polite to the office's
 * mail server; the worker delivers a few at a time, so a priority email never waits behind a whole newsletter.
 */
import type { NewsletterContent } from '@shared/domain/newsletter';
import { sha256Hex } from '@shared/lib/sha256';
import { newsletterUnsubscribePath } from '@shared/api/newsletter';
import { publicPagePath } from '@shared/api/public-page';
import { renderNewsletterHtml, renderNewsletterText, newsletterSubject } from '@shared/newsletter/render';
import type { Queryable } from '../db/db';
import { courierFor, giveUp, sendAndRecord, senderOf, type Courier, type DeliveryContext } from '../escalations/delivery';
import { messageIdFor } from '../escalations/email';
import { readOfficeSettings } from '../escalations/office-settings';
import { readOfficeProfile } from '../office/profile';
import { findPublishedPage } from '../public/settings';
import { newsletterRecipients } from './recipients';
import { NEWSLETTER_OUTBOX, type NewsletterDeliveryRow } from './rows';

const NO_SETTINGS = 'The mail server settings were removed before this newsletter went out, so it was not sent.';
const NO_ISSUE = 'The issue that was sent could not be read, so this copy was not sent.';
const NOT_WANTED = 'They unsubscribed or withdrew their consent before it went out, so it was not sent.';

/** The stable Message-ID of one recipient's copy of one issue. */
export function newsletterMessageId(publicUrl: string, officeId: string, month: string, recipientKey: string): string {
  return messageIdFor(publicUrl, `newsletter-${month}-${sha256Hex(`${officeId}:${month}:${recipientKey}`).slice(0, 32)}`);
}

/** The absolute unsubscribe link of a token, under the server's public address. */
export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${newsletterUnsubscribePath(token)}`;
}

/** How long a worker trusts its list of an office's current recipients to say yes before reading it again. */
const RECIPIENTS_FRESH_MS = 30_000;

/** One read of an office's recipients: when it was read (the database's clock, as queued_at) and their keys. */
interface RecipientList {
  readonly readAt: Date;
  readonly keys: ReadonlySet<string>;
}

/**
 * An office's current recipients, read again unless the last read is no older than RECIPIENTS_FRESH_MS and
 * `isGoodEnough` accepts it. Reading them scans the office's concerns (about a second at 100,000 concerns), far
 * too slow to repeat for every copy, so each worker keeps its last read.
 */
type CurrentRecipients = (officeId: string, isGoodEnough: (list: RecipientList) => boolean) => Promise<RecipientList>;

function currentRecipients(q: Queryable): CurrentRecipients {
  const byOffice = new Map<string, { readonly at: number; readonly list: Promise<RecipientList> }>();
  const read = async (officeId: string): Promise<RecipientList> => {
    const { rows } = await q.query<{ now: Date }>('select now() as now');
    const recipients = await newsletterRecipients(q, officeId);
    return { readAt: rows[0]?.now ?? new Date(0), keys: new Set(recipients.map((r) => r.key)) };
  };
  return async (officeId, isGoodEnough) => {
    const cached = byOffice.get(officeId);
    if (cached !== undefined && Date.now() - cached.at <= RECIPIENTS_FRESH_MS) {
      const list = await cached.list.catch(() => undefined);
      if (list !== undefined && isGoodEnough(list)) return list;
    }
    const list = read(officeId);
    byOffice.set(officeId, { at: Date.now(), list });
    return list;
  };
}

/**
 * True while the address may still get the newsletter: not on the unsubscribe list (read for each copy, so an
 * unsubscribe is always honoured) and consenting on some concern. A recent list may say yes; only a list read
 * after the copy was queued may say no, since someone who consented just before the press is on no older list.
 */
async function isStillWanted(q: Queryable, recipients: CurrentRecipients, row: NewsletterDeliveryRow): Promise<boolean> {
  const { rows } = await q.query('select 1 from newsletter_unsubscribes where office_id = $1 and id = $2', [row.office_id, row.recipient_key]);
  if (rows.length > 0) return false;
  const list = await recipients(row.office_id, (recent) => recent.keys.has(row.recipient_key) || recent.readAt >= row.queued_at);
  return list.keys.has(row.recipient_key);
}

/** The office's public status list and its logo, when an admin published the page (server/src/public). */
async function publicPageLinks(q: Queryable, publicUrl: string, officeId: string): Promise<{ statusListUrl?: string; logoUrl?: string }> {
  const page = await findPublishedPage(q, officeId);
  if (page === undefined) return {};
  const statusListUrl = `${publicUrl.replace(/\/+$/, '')}${publicPagePath(page.slug)}`;
  return { statusListUrl, ...(page.logoType === null ? {} : { logoUrl: `${statusListUrl}logo` }) };
}

async function deliverNewsletter(context: DeliveryContext, recipients: CurrentRecipients, row: NewsletterDeliveryRow): Promise<void> {
  const { db } = context;
  const to = row.to_addresses[0] ?? '';
  const settings = await readOfficeSettings(db, row.office_id);
  if (settings === undefined || settings.smtp.host === '') return giveUp(context, NEWSLETTER_OUTBOX, row, row.to_addresses, NO_SETTINGS);
  const { rows } = await db.query<{ issue: NewsletterContent }>('select issue from newsletter_sends where office_id = $1 and month = $2', [
    row.office_id,
    row.month,
  ]);
  const issue = rows[0]?.issue;
  if (issue === undefined) return giveUp(context, NEWSLETTER_OUTBOX, row, row.to_addresses, NO_ISSUE);
  if (!(await isStillWanted(db, recipients, row))) return giveUp(context, NEWSLETTER_OUTBOX, row, row.to_addresses, NOT_WANTED);
  const profile = await readOfficeProfile(db, row.office_id);
  const link = unsubscribeUrl(context.publicUrl, row.unsubscribe_token);
  const input = { ...issue, month: row.month };
  const options = { officeName: profile.officeName, unsubscribeUrl: link, ...(await publicPageLinks(db, context.publicUrl, row.office_id)) };
  await sendAndRecord(context, NEWSLETTER_OUTBOX, row, settings, {
    from: senderOf(settings),
    fromName: profile.officeName,
    to: [to],
    subject: newsletterSubject(input),
    text: renderNewsletterText(input, options),
    html: renderNewsletterHtml(input, options),
    messageId: newsletterMessageId(context.publicUrl, row.office_id, row.month, row.recipient_key),
    headers: {
      'List-Unsubscribe': `<${link}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      // Bulk mail, sent by a program: out-of-office replies and vacation responders should not answer it.
      Precedence: 'bulk',
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
    },
  });
}

/** The worker's courier for the newsletter: at most one send per gapMs from this process. */
export function newsletterCourier(context: DeliveryContext, gapMs: number): Courier {
  let lastSendAt = 0;
  const recipients = currentRecipients(context.db);
  return courierFor(context.db, NEWSLETTER_OUTBOX, async (row) => {
    const wait = lastSendAt + gapMs - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    lastSendAt = Date.now();
    await deliverNewsletter(context, recipients, row);
  });
}

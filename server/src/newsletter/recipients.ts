/**
 * Who gets an office's newsletter: every contact of its concerns (the main contact and the others) who consented
 * to updates, gave an email and is not anonymous, minus the unsubscribe list, one per address as normalized
 * (isNewsletterRecipient and unsubscribeKey, shared/domain/newsletter.ts). Read inside the send's transaction,
 * so it sees the office's rows as they are when the issue is sent.
 */
import { ConcernSchema } from '@shared/domain/concern';
import { isNewsletterRecipient, unsubscribeKey } from '@shared/domain/newsletter';
import { normalizeEmail } from '@shared/domain/project';
import type { Queryable } from '../db/db';

/** One recipient: the address to write to and its key (one delivery per key). */
export interface Recipient {
  readonly email: string;
  readonly key: string;
}

/** The unsubscribe keys of the office's unsubscribe list. */
export async function unsubscribedKeys(q: Queryable, officeId: string): Promise<Set<string>> {
  const { rows } = await q.query<{ id: string }>('select id from newsletter_unsubscribes where office_id = $1', [officeId]);
  return new Set(rows.map((row) => row.id));
}

/** The office's newsletter recipients, in a stable order (by key). */
export async function newsletterRecipients(q: Queryable, officeId: string): Promise<Recipient[]> {
  const unsubscribed = await unsubscribedKeys(q, officeId);
  // Rows are stored with JSON.stringify (no spaces), so only concerns where someone consented are read and parsed.
  const { rows } = await q.query<{ row: unknown }>(
    `select row from concerns where office_id = $1 and row::text like '%"consentToUpdates":true%'`,
    [officeId],
  );
  const byKey = new Map<string, Recipient>();
  for (const { row } of rows) {
    const parsed = ConcernSchema.safeParse(row);
    if (!parsed.success) continue;
    for (const contact of [parsed.data.contact, ...(parsed.data.otherContacts ?? [])]) {
      if (!isNewsletterRecipient(contact, unsubscribed)) continue;
      const email = normalizeEmail(contact.email);
      const key = unsubscribeKey(email);
      if (!byKey.has(key)) byKey.set(key, { email, key });
    }
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

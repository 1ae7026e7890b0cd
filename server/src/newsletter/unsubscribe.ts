/**
 * A citizen's unsubscribe link (no login): the token in it names one delivery (newsletter_deliveries), so one
 * address of one office. Looking it up never writes; unsubscribing writes the synced newsletter_unsubscribes row
 * (id = the address's unsubscribe key, source 'link', the month), under the office's sync lock as a
 * desk's recordUnsubscribe would, and pokes the desks. Doing it again changes nothing: the first row stays.
 */
import { NewsletterUnsubscribeSchema, type NewsletterUnsubscribe } from '@shared/domain/newsletter';
import type { Db, Queryable } from '../db/db';
import { lockOffice } from '../sync/push';
import { pokeOffice } from '../sync/pokes';
import { createSqlStore } from '../sync/sql-store';

/** What a token looks like (send.ts makes 32 random bytes, base64url): anything else is not looked up at all. */
export const UNSUBSCRIBE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The delivery a token belongs to, and whether its address is already unsubscribed. */
export interface UnsubscribeTarget {
  readonly officeId: string;
  readonly month: string;
  readonly recipientKey: string;
  readonly isUnsubscribed: boolean;
}

/** The target of a token, or undefined for a malformed or unknown one. */
export async function findUnsubscribeTarget(q: Queryable, token: string): Promise<UnsubscribeTarget | undefined> {
  if (!UNSUBSCRIBE_TOKEN.test(token)) return undefined;
  const { rows } = await q.query<{ office_id: string; month: string; recipient_key: string; is_unsubscribed: boolean }>(
    `select d.office_id, d.month, d.recipient_key,
            exists (select 1 from newsletter_unsubscribes u where u.office_id = d.office_id and u.id = d.recipient_key) as is_unsubscribed
       from newsletter_deliveries d where d.unsubscribe_token = $1`,
    [token],
  );
  const row = rows[0];
  return row === undefined
    ? undefined
    : { officeId: row.office_id, month: row.month, recipientKey: row.recipient_key, isUnsubscribed: row.is_unsubscribed };
}

/** Unsubscribes the token's address; 'not-found' for a malformed or unknown token. */
export async function unsubscribeByToken(db: Db, token: string): Promise<'unsubscribed' | 'already' | 'not-found'> {
  if (!UNSUBSCRIBE_TOKEN.test(token)) return 'not-found';
  return db.transaction(async (tx) => {
    const target = await findUnsubscribeTarget(tx, token);
    if (target === undefined) return 'not-found';
    await lockOffice(tx, target.officeId);
    const store = createSqlStore(tx, target.officeId);
    if ((await store.get('newsletter_unsubscribes', target.recipientKey)) !== undefined) return 'already';
    const { rows } = await tx.query<{ now: Date }>('select now() as now');
    const row: NewsletterUnsubscribe = NewsletterUnsubscribeSchema.parse({
      id: target.recipientKey,
      source: 'link',
      month: target.month,
      at: (rows[0]?.now ?? new Date()).toISOString(),
      by: null,
    });
    await store.put('newsletter_unsubscribes', row);
    await pokeOffice(tx, target.officeId);
    return 'unsubscribed';
  });
}

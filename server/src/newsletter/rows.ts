/**
 * Rows of newsletter_deliveries (migration 012): one per recipient of a month's issue, delivered by the mail
 * worker like the other outboxes (server/src/escalations/outbox.ts, claims.ts). Unlike those, a delivery has no
 * synced mirror: it names a citizen's address, and desks need only the month's counts, which they ask for
 * (GET /api/newsletters/:month/deliveries).
 */
import type { DeliveryRow, Outbox } from '../escalations/outbox';

/** A newsletter_deliveries row. */
export interface NewsletterDeliveryRow extends DeliveryRow {
  readonly state: 'queued' | 'sending' | 'sent' | 'failed';
  readonly month: string;
  readonly recipient_key: string;
  readonly unsubscribe_token: string;
}

/** The columns of NewsletterDeliveryRow, for `select` and `returning`. */
export const NEWSLETTER_DELIVERY_COLUMNS = `id, office_id, month, recipient_key, unsubscribe_token, state, to_addresses, attempts,
  queued_at, next_attempt_at, lease_owner, lease_expires_at, sent_at, failed_at, last_error`;

/** The newsletter's outbox, for claims.ts and the worker: nothing to mirror. */
export const NEWSLETTER_OUTBOX: Outbox<NewsletterDeliveryRow> = {
  table: 'newsletter_deliveries',
  columns: NEWSLETTER_DELIVERY_COLUMNS,
  mirror: async () => undefined,
};

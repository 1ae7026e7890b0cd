/**
 * A month's delivery counts for the desk's status line (GET /api/newsletters/:month/deliveries): how many are
 * waiting, being sent, sent and failed, and why the failed ones failed (grouped, most frequent first, never
 * naming an address).
 */
import type { NewsletterDeliveriesResponse } from '@shared/api/newsletter';
import type { Queryable } from '../db/db';

const MAX_REASONS = 20;

/** The counts of the office's deliveries of the month (all zero before it was sent). */
export async function deliveryCounts(q: Queryable, officeId: string, month: string): Promise<NewsletterDeliveriesResponse> {
  const { rows } = await q.query<{ state: string; n: number }>(
    'select state, count(*)::int as n from newsletter_deliveries where office_id = $1 and month = $2 group by state',
    [officeId, month],
  );
  const count = (state: string): number => rows.find((row) => row.state === state)?.n ?? 0;
  const { rows: reasons } = await q.query<{ reason: string; n: number }>(
    `select coalesce(last_error, 'No reason was recorded.') as reason, count(*)::int as n from newsletter_deliveries
      where office_id = $1 and month = $2 and state = 'failed'
      group by 1 order by 2 desc, 1 limit $3`,
    [officeId, month, MAX_REASONS],
  );
  const counts = { queued: count('queued'), sending: count('sending'), sent: count('sent'), failed: count('failed') };
  return {
    month,
    total: counts.queued + counts.sending + counts.sent + counts.failed,
    ...counts,
    failures: reasons.map((row) => ({ reason: row.reason, count: row.n })),
  };
}

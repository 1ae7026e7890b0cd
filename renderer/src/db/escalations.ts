/** The priority emails of a concern (concern_escalations, written by the server only), oldest first. */
import type { ConcernEscalation } from '@shared/sync/store';
import type { NotebookDb } from './database';

/** Every escalation of the concern, in order. */
export async function escalationsOf(db: NotebookDb, concernId: string): Promise<ConcernEscalation[]> {
  const rows = await db.concern_escalations.where('concernId').equals(concernId).toArray();
  return rows.sort((a, b) => a.escalationNumber - b.escalationNumber);
}

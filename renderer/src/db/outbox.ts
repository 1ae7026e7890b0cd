/** Reading the outbox for push, and recording what the server said about its entries. */
import type { PushResult } from '@shared/sync/protocol';
import type { NotebookDb, OutboxEntry } from './database';

/** Up to `limit` outbox entries after mutation id `afterId`, oldest first. */
export async function outboxAfter(db: NotebookDb, afterId: number, limit: number): Promise<OutboxEntry[]> {
  return db.outbox.where('mutationId').above(afterId).limit(limit).toArray();
}

/** The id of the oldest entry still in the outbox, or undefined when it is empty. */
export async function oldestPending(db: NotebookDb): Promise<number | undefined> {
  return (await db.outbox.orderBy('mutationId').first())?.mutationId;
}

/** How many changes of this desk the server has not confirmed yet. */
export async function countPending(db: NotebookDb): Promise<number> {
  return db.outbox.count();
}

/** An outbox entry the server refused, with the server's reason in plain words. */
export interface ServerRejection {
  readonly entry: OutboxEntry;
  readonly reason: string;
  readonly code: string;
}

/**
 * Marks the entries a push's results say the server refused, and returns those staff have not been told about:
 * not marked before (a resent batch answers "duplicate" with the same refusal) and not already reported when
 * the change stopped applying on this desk.
 */
export async function recordServerRejections(db: NotebookDb, results: readonly PushResult[]): Promise<ServerRejection[]> {
  const refused = results.flatMap((r) => {
    if (r.status === 'rejected') return [{ id: r.id, reason: r.reason, code: r.code }];
    if (r.status === 'duplicate' && r.outcome === 'rejected') return [{ id: r.id, reason: r.reason ?? '', code: r.code ?? '' }];
    return [];
  });
  if (refused.length === 0) return [];
  return db.transaction('rw', db.outbox, async (tx) => {
    const outbox = tx.table('outbox') as NotebookDb['outbox'];
    const entries = await outbox.bulkGet(refused.map((r) => r.id));
    const fresh: ServerRejection[] = [];
    refused.forEach((r, i) => {
      const entry = entries[i];
      if (entry === undefined || entry.rejectedByServer !== undefined) return;
      fresh.push({ entry: { ...entry, rejectedByServer: r.reason }, reason: r.reason, code: r.code });
    });
    await outbox.bulkPut(fresh.map((r) => r.entry));
    return fresh.filter((r) => r.entry.rejectedLocally === undefined);
  });
}

/**
 * Sending the outbox: in order, in batches that fit a push (shared/sync takePushBatch), starting after the
 * last id the server confirmed. Entries stay in the outbox until a pulled page confirms their effects
 * (db/pulled-page.ts), so a lost answer only means sending again, which the server answers "duplicate".
 */
import { MAX_PUSH_MUTATIONS, takePushBatch } from '@shared/sync/protocol';
import { oldestPending, outboxAfter, recordServerRejections, type NotebookDb, type OutboxEntry } from '../db';
import { lostChanges } from './problems';
import { rejectionOf, type SyncRejection } from './rejections';
import type { SyncProblem } from './status';
import type { Failure, SyncTransport } from './transport';

/** What pushing needs, and the engine's memory of what the server has. */
export interface Pusher {
  readonly db: NotebookDb;
  readonly transport: SyncTransport;
  readonly clientId: string;
  /** The last of this desk's ids the server said it has done; sends start after it. */
  pushedThrough: number;
  readonly onRejected: (rejection: SyncRejection) => void;
}

/** How a round of pushing ended. */
export type PushRound =
  | { readonly kind: 'done' }
  | { readonly kind: 'more' }
  | { readonly kind: 'failed'; readonly failure: Failure }
  /** The server expects changes this desk no longer has: pushing cannot go on (pulling still can). */
  | { readonly kind: 'stuck'; readonly problem: SyncProblem };

/** The leading entries whose ids follow each other (a push must be consecutive). */
function consecutive(entries: readonly OutboxEntry[]): OutboxEntry[] {
  const out: OutboxEntry[] = [];
  for (const entry of entries) {
    const last = out[out.length - 1];
    if (last !== undefined && entry.mutationId !== last.mutationId + 1) break;
    out.push(entry);
  }
  return out;
}

/** Sends up to `batches` batches; 'more' when entries are left to send. */
export async function pushSome(p: Pusher, batches: number): Promise<PushRound> {
  for (let i = 0; i < batches; i += 1) {
    const oldest = await oldestPending(p.db);
    if (oldest === undefined) return { kind: 'done' };
    const after = Math.max(p.pushedThrough, oldest - 1);
    const batch = takePushBatch(consecutive(await outboxAfter(p.db, after, MAX_PUSH_MUTATIONS)));
    if (batch.length === 0) return { kind: 'done' };
    const answer = await p.transport.push({
      clientId: p.clientId,
      mutations: batch.map((e) => ({ id: e.mutationId, name: e.name, args: e.args, at: e.at })),
    });
    if (answer.kind === 'ok') {
      p.pushedThrough = Math.max(p.pushedThrough, answer.value.lastMutationId);
      for (const r of await recordServerRejections(p.db, answer.value.results)) {
        p.onRejected(rejectionOf(r.entry, r.reason, r.code, 'server'));
      }
    } else if (answer.kind === 'gap') {
      // Nothing was applied. The server wants an earlier id: send again from there, if this desk still has it.
      if (answer.expected < oldest) return { kind: 'stuck', problem: lostChanges(answer.expected, oldest) };
      if (answer.expected > after) {
        const message = `The office server asked for change ${answer.expected} while this desk sent from ${after + 1}.`;
        return { kind: 'failed', failure: { kind: 'server-error', message } };
      }
      p.pushedThrough = answer.expected - 1;
    } else {
      return { kind: 'failed', failure: answer };
    }
  }
  return { kind: 'more' };
}

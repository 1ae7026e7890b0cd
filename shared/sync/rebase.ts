/**
 * Rebase: the client's pure step when a pulled page arrives. The local store holds the server's state as of
 * the last page plus the optimistic effects of the still-pending mutations. To take the page:
 *
 *   1. undo the pending mutations, newest first (each outbox entry keeps its undo log): back to server state;
 *   2. write the page's rows and deletions: the server's newer state;
 *   3. drop the mutations the server has acknowledged (id <= page.lastMutationId): their effects are in the page;
 *   4. re-run the others in order on top, recording fresh undo logs; one that now rejects (someone else changed
 *      the concern first) is reported, so the app can tell the person, and from then on is not re-run locally.
 *
 * A mutation rejected here stays in the outbox, marked with its reason, until the server acknowledges it: the
 * server expects every mutation id in sequence (a missing one is a gap, and blocks the device), and only the
 * server's verdict is final. It will almost always reject it too; if the concern changed back in between and
 * the server applies it, its effect arrives with a later page like any other row.
 *
 * Run it in the same transaction that stores the new cursor and rewrites the outbox: either all of it happens
 * or none does. Mutation ids make the re-runs reproduce the same row ids (context.ts), so an unchanged pending
 * mutation writes exactly the rows it wrote before.
 */
import { applyMutation, undoChanges } from './apply';
import type { MutationContext } from './context';
import type { MutationRejected } from './errors';
import { applyChanges, type RowChange, type SyncStore } from './store';

/** A mutation in the client's outbox, not yet acknowledged, with the undo log of its last local run. */
export interface PendingMutation {
  /** Per-client sequence number (PushRequest's mutation id). */
  readonly id: number;
  readonly name: string;
  readonly args: unknown;
  /** When it was made at the desk. */
  readonly at: string;
  /** Before-images of the rows its last local run wrote; rebase replaces it with a fresh one. */
  readonly undo: readonly RowChange[];
  /** Set once it stopped applying locally: the reason staff were given. It is not re-run, only pushed. */
  readonly rejectedLocally?: string;
}

/** The part of a pulled page rebase needs: the server's row changes and this client's last applied id. */
export interface PageToApply {
  readonly changes: readonly RowChange[];
  readonly lastMutationId: number;
}

/** A pending mutation that no longer applies on top of the server's state, and why, in plain words. */
export interface RejectedMutation {
  readonly mutation: PendingMutation;
  readonly reason: string;
  readonly rejection: MutationRejected;
}

/** What rebase did: the outbox to keep, what the server acknowledged, and what newly stopped applying. */
export interface RebaseResult {
  /** Every mutation not yet acknowledged, in order, with fresh undo logs: the new outbox. */
  readonly pending: PendingMutation[];
  /** Ids the server has applied or rejected: remove them from the outbox. */
  readonly acknowledged: number[];
  /** Mutations that rejected for the first time in this rebase: tell the person why. */
  readonly rejected: RejectedMutation[];
}

/** Builds the context to re-run a pending mutation in: the same one it first ran with. */
export type ContextFor = (mutation: PendingMutation) => MutationContext;

/** Applies a pulled page under the pending mutations and re-runs those the server has not applied yet. */
export async function rebase(
  store: SyncStore,
  page: PageToApply,
  pending: readonly PendingMutation[],
  contextFor: ContextFor,
): Promise<RebaseResult> {
  for (let i = 1; i < pending.length; i += 1) {
    if ((pending[i]?.id ?? 0) <= (pending[i - 1]?.id ?? 0)) {
      throw new Error('rebase: pending mutations must be in increasing id order, as in the outbox');
    }
  }
  for (let i = pending.length - 1; i >= 0; i -= 1) {
    const mutation = pending[i];
    if (mutation !== undefined) await undoChanges(store, mutation.undo);
  }
  await applyChanges(store, page.changes);

  const kept: PendingMutation[] = [];
  const acknowledged: number[] = [];
  const rejected: RejectedMutation[] = [];
  for (const mutation of pending) {
    if (mutation.id <= page.lastMutationId) {
      acknowledged.push(mutation.id);
      continue;
    }
    if (mutation.rejectedLocally !== undefined) {
      kept.push({ ...mutation, undo: [] });
      continue;
    }
    const outcome = await applyMutation(store, mutation, contextFor(mutation));
    if (outcome.status === 'applied') {
      kept.push({ ...mutation, undo: outcome.undo });
    } else {
      kept.push({ ...mutation, undo: [], rejectedLocally: outcome.reason });
      rejected.push({ mutation, reason: outcome.reason, rejection: outcome.rejection });
    }
  }
  return { pending: kept, acknowledged, rejected };
}

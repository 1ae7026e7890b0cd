/**
 * The review queue's data (issue 5): what it reads from the desk's database, live. The queue is every open
 * concern that waits for a go-to person (review-queue-rows.ts says which); this module reads only what can be in
 * it, through indexes, so it stays fast on a desk of 100,000 concerns:
 *   - concerns by the `status` index, one range per open status (resolved and closed ones, most of a desk,
 *     are never read); each range is one getAll, cheaper than a cursor over the three;
 *   - the open flags: the flags table is read whole, as colleagues flag a few concerns in a hundred and the
 *     rows are small; an index cannot pick the open ones (their reviewedAt is null, which IndexedDB leaves out
 *     of indexes);
 *   - the office's staff (a handful of rows) for assignees' names.
 * Assignees need no read of concern_assignees: each concern carries them (Concern.assignees mirrors the rows).
 */
import { liveQuery } from 'dexie';
import type { Concern, Status } from '@shared/domain/concern';
import type { ConcernFlag, OfficeStaff } from '@shared/domain/review';
import type { ResponsePolicy } from '@shared/domain/response-clock';
import type { NotebookDb } from './database';
import { queueRowsOf, type QueueRow } from './review-queue-rows';

/** Statuses of a concern still open (waiting for someone). */
export const OPEN_STATUSES: readonly Status[] = ['new', 'acknowledged', 'in-progress'];

/** What the queue's rows are made from. */
export interface QueueSource {
  /** Every open concern (merged ones are closed, so none of them). */
  readonly concerns: readonly Concern[];
  /** Every flag not yet marked reviewed, of any concern. */
  readonly openFlags: readonly ConcernFlag[];
  /** The office's staff as this desk knows them. */
  readonly staff: readonly OfficeStaff[];
}

/** Reads the queue's source in one go (a liveQuery re-runs it when any of these rows change). */
export async function readQueueSource(db: NotebookDb): Promise<QueueSource> {
  const [byStatus, flags, staff] = await Promise.all([
    Promise.all(OPEN_STATUSES.map((status) => db.concerns.where('status').equals(status).toArray())),
    db.concern_flags.toArray(),
    db.office_staff.toArray(),
  ]);
  return {
    // Stored rows are concerns with their search terms; copying 100s of rows to drop them would buy nothing.
    concerns: byStatus.flat(),
    openFlags: flags.filter((flag) => flag.reviewedAt === null),
    staff,
  };
}

/** The queue's rows at `now` (ms) under the office's response policy, read once. */
export async function readReviewQueue(db: NotebookDb, policy: ResponsePolicy, now: number): Promise<QueueRow[]> {
  return queueRowsOf(await readQueueSource(db), policy, now);
}

/**
 * Watches the queue's source: `onValue` with each new source (at once, then after every change to what it
 * reads), `onError` when a read fails. Returns the function that stops watching.
 */
export function watchQueueSource(
  db: NotebookDb,
  onValue: (source: QueueSource) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => readQueueSource(db)).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}

export { queueRowsOf, type QueueRow, type QueueFlags, type QueueReason, type QueueAssignee } from './review-queue-rows';

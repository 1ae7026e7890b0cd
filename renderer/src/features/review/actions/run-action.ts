/**
 * Runs a review action on one or several concerns: each concern in a transaction of its own, so a refusal of
 * one (someone else moved it on, it was merged meanwhile) leaves it exactly as it was and the others done. The
 * snapshot each plan reads is taken inside that transaction, before any of its writes.
 */
import { MutationRejected } from '@shared/sync/errors';
import type { MutatorName, NamedMutation } from '@shared/sync/mutators';
import { reviewStateOf, type Concern } from '@shared/domain/concern';
import { timelineConcernIds } from '@shared/domain/review-merge';
import type { ConcernAssignee, ConcernFlag } from '@shared/domain/review';
import { withLocalMutations, type LocalWrite, type MutationAuthor, type NotebookDb } from '../../../db';
import type { WriteTables } from '../../../db/database';
import { t } from '../../../i18n';
import { mutationsFor, type ActionValues, type ConcernSnapshot } from './action-plan';

/** How the action went for one concern: done (changes queued), unchanged (nothing to do) or refused. */
export type ConcernOutcome =
  | { readonly concernId: string; readonly status: 'done' | 'unchanged' }
  | { readonly concernId: string; readonly status: 'refused'; readonly reason: string; readonly field?: string };

/** The tables a snapshot is read from (a transaction's, or the database's for display). */
export type SnapshotTables = Pick<WriteTables, 'concerns' | 'concern_flags' | 'concern_assignees'>;

/** The open flags of a concern and of the concerns merged into it, oldest first. */
export async function openFlagsOf(tables: Pick<WriteTables, 'concern_flags'>, concern: Concern): Promise<ConcernFlag[]> {
  const rows = await tables.concern_flags.where('concernId').anyOf(timelineConcernIds(concern)).toArray();
  return rows.filter((flag) => flag.reviewedAt === null).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}

/** The concern's assignee rows, in the order the concern lists its assignees. */
export async function assigneeRowsOf(tables: Pick<WriteTables, 'concern_assignees'>, concern: Concern): Promise<ConcernAssignee[]> {
  const rows = await tables.concern_assignees.where('concernId').equals(concern.id).toArray();
  const order = reviewStateOf(concern).assignees;
  const rank = (row: ConcernAssignee) => (order.includes(row.staffId) ? order.indexOf(row.staffId) : order.length);
  return rows.sort((a, b) => rank(a) - rank(b));
}

/** The snapshot of one concern; undefined when the desk does not have it. */
export async function readSnapshot(tables: SnapshotTables, concernId: string): Promise<ConcernSnapshot | undefined> {
  const concern = await tables.concerns.get(concernId);
  if (concern === undefined) return undefined;
  const [openFlags, assignees] = await Promise.all([openFlagsOf(tables, concern), assigneeRowsOf(tables, concern)]);
  return { concern, openFlags, assignees };
}

// LocalWrite.run ties a name to its args through a type parameter; NamedMutation already pairs them, which
// the compiler cannot follow through a union, so the pair is passed on as it is.
const runNamed = (write: LocalWrite, mutation: NamedMutation): Promise<void> =>
  (write.run as (name: MutatorName, args: unknown) => Promise<void>)(mutation.name, mutation.args);

/** The words of a failure: a refusal's own sentence, or what went wrong with the desk's storage. */
export function reasonOf(error: unknown): { reason: string; field?: string } {
  if (error instanceof MutationRejected) {
    const field = typeof error.params.field === 'string' ? error.params.field : undefined;
    return field === undefined ? { reason: error.reason } : { reason: error.reason, field };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { reason: t('reviewActions.refuse.storage', { detail }) };
}

/** Runs the plan of `values` on one concern in one transaction; nothing is written if any part is refused. */
export async function runOnConcern(db: NotebookDb, author: MutationAuthor, concernId: string, values: ActionValues): Promise<ConcernOutcome> {
  try {
    const count = await withLocalMutations(db, author, async (write) => {
      const snapshot = await readSnapshot(write.tables, concernId);
      if (snapshot === undefined) throw new MutationRejected(t('reviewActions.refuse.missing'), 'not-found');
      const mutations = mutationsFor(values, snapshot);
      for (const mutation of mutations) await runNamed(write, mutation);
      return mutations.length;
    });
    return { concernId, status: count === 0 ? 'unchanged' : 'done' };
  } catch (error) {
    return { concernId, status: 'refused', ...reasonOf(error) };
  }
}

/** Runs `values` on each concern in turn, each in its own transaction; the outcomes in the same order. */
export async function runReviewAction(
  db: NotebookDb,
  author: MutationAuthor,
  concernIds: readonly string[],
  values: ActionValues,
): Promise<ConcernOutcome[]> {
  const outcomes: ConcernOutcome[] = [];
  // One after another, not at once: merges into one survivor each rewrite it, and IndexedDB would queue the
  // transactions anyway.
  for (const id of concernIds) outcomes.push(await runOnConcern(db, author, id, values));
  return outcomes;
}

/**
 * Applying a mutation with an undo log: the before-image of every row it wrote, so the change can be taken
 * back exactly. The client keeps each pending mutation's undo log in its outbox entry; rebase uses it to return
 * to the server's state before replaying what is still pending. A rejected mutation is undone at once, so a
 * rejection never leaves a half-applied change behind, on any store.
 */
import { getRows, putRows } from './bulk';
import type { MutationContext } from './context';
import { MutationRejected } from './errors';
import { runMutation } from './mutators';
import { applyChange, type RowChange, type SyncStore, type TableName } from './store';

/** Outcome of applying one mutation: applied with its undo log, or rejected with a reason for staff. */
export type ApplyOutcome =
  | { readonly status: 'applied'; readonly undo: RowChange[] }
  | { readonly status: 'rejected'; readonly reason: string; readonly rejection: MutationRejected };

/** A store that records, before the first write of each row, the row as it was. */
function recording(store: SyncStore): { store: SyncStore; undo: RowChange[] } {
  const undo: RowChange[] = [];
  const seen = new Set<string>();
  const remember = async (table: TableName, id: string) => {
    const key = `${table}\u0000${id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const before = await store.get(table, id);
    undo.push({ table, id, ...(before === undefined ? {} : { row: before }) } as RowChange);
  };
  // The before-images of a bulk write, in one read: an import of 500 concerns must not cost 500 reads here.
  const rememberMany = async (table: TableName, ids: readonly string[]) => {
    const fresh = [...new Set(ids)].filter((id) => !seen.has(`${table}\u0000${id}`));
    const before = await getRows(store, table, fresh);
    fresh.forEach((id, i) => {
      seen.add(`${table}\u0000${id}`);
      const row = before[i];
      undo.push({ table, id, ...(row === undefined ? {} : { row }) } as RowChange);
    });
  };
  return {
    undo,
    store: {
      get: (table, id) => store.get(table, id),
      getMany: (table, ids) => getRows(store, table, ids),
      async putMany(table, rows) {
        await rememberMany(table, rows.map((row) => row.id));
        await putRows(store, table, rows);
      },
      async put(table, row) {
        await remember(table, row.id);
        await store.put(table, row);
      },
      async delete(table, id) {
        await remember(table, id);
        await store.delete(table, id);
      },
    },
  };
}

/** Puts back the rows an undo log recorded, newest first. */
export async function undoChanges(store: SyncStore, undo: readonly RowChange[]): Promise<void> {
  for (let i = undo.length - 1; i >= 0; i -= 1) {
    const change = undo[i];
    if (change !== undefined) await applyChange(store, change);
  }
}

/** Applies a mutation by name; a rejection is undone and returned, any other error is thrown as it is. */
export async function applyMutation(
  store: SyncStore,
  mutation: { readonly name: string; readonly args: unknown },
  ctx: MutationContext,
): Promise<ApplyOutcome> {
  const recorder = recording(store);
  try {
    await runMutation(recorder.store, mutation.name, mutation.args, ctx);
    return { status: 'applied', undo: recorder.undo };
  } catch (error) {
    // Any other error is a fault (storage, a bug): the caller's transaction must abort, which takes back the
    // partial writes on Dexie and SQL; undoing here could fail the same way and hide the first error.
    if (!(error instanceof MutationRejected)) throw error;
    await undoChanges(store, recorder.undo);
    return { status: 'rejected', reason: error.reason, rejection: error };
  }
}

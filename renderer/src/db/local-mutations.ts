/**
 * Every change the desk makes to synced data goes through here: the named mutator from shared/sync runs on the
 * Dexie store AND its outbox entry is appended in the SAME Dexie transaction, so either both happen or neither
 * (SYNC.md, "Writes"). A mutation that is rejected (MutationRejected, InvalidArgs) throws with its plain-words
 * message and leaves nothing written; any other error is a fault and aborts the transaction the same way.
 *
 * Row ids a mutation makes come from (client id, mutation id): the server re-runs the mutation with the same
 * pair and makes the same rows (shared/sync/context.ts).
 */
import { Dexie } from 'dexie';
import { applyMutation } from '@shared/sync/apply';
import { createMutationContext, type MutationContext } from '@shared/sync/context';
import { isMutatorName, type MutatorArgs, type MutatorName } from '@shared/sync/mutators';
import { MEETING_SCOPE, isMeetingMutator } from '@shared/sync/mutators/meeting';
import { NEWSLETTER_SCOPE, PROJECTS_SCOPE, scopeOfOfficeMutator } from '@shared/sync/scopes';
import { tablesOf, type NotebookDb, type OutboxEntry, type WriteTables } from './database';
import { createDexieStore, syncScope, syncTablesOf, type DexieStore } from './dexie-store';
import { readSyncState, writeSyncState } from './sync-state';
import { newId } from '../lib/ids';

/** Who makes a change and when: the desk's clock and staff name, passed in (the store has no clock). */
export interface MutationAuthor {
  /** ISO 8601 UTC timestamp with milliseconds. */
  readonly at: string;
  /** The name of the person at the desk. */
  readonly by: string;
}

/** Placeholder for the staff and office ids on the desk: the server takes both from the session. */
const DESK_ONLY = 'desk';

const SCOPES: ReadonlySet<string> = new Set([MEETING_SCOPE, PROJECTS_SCOPE, NEWSLETTER_SCOPE]);
/** True when an outbox entry's concernId is a scope, not a concern to read ahead. */
function isScope(concernId: string): boolean {
  return SCOPES.has(concernId);
}

/** The context a mutation of this desk runs in, the first time and on every re-run. */
export function contextFor(clientId: string, mutationId: number, author: MutationAuthor): MutationContext {
  return createMutationContext({ ...author, staffId: DESK_ONLY, officeId: DESK_ONLY, clientId, mutationId });
}

/**
 * The concern a mutation reads and writes: args.id, or '*' when not known or when it writes several (a merge
 * writes the duplicate too, so a page touching either must re-run it: '*' re-runs it with every page). The
 * meeting's, projects' and newsletter's mutators work on no one concern: they are filed under their scope
 * (shared/sync/scopes.ts), which any row of the scope's tables re-runs.
 */
export function concernOfMutation(name: string, args: unknown): string {
  if (isMeetingMutator(name)) return MEETING_SCOPE;
  const scope = scopeOfOfficeMutator(name);
  if (scope !== undefined) return scope;
  if (!isMutatorName(name) || name === 'mergeConcerns' || args === null || typeof args !== 'object') return '*';
  const id = (args as { id?: unknown }).id;
  return typeof id === 'string' ? id : '*';
}

/**
 * The id the next mutation takes: one past the newest outbox entry, or the stored counter when the outbox is
 * empty. The counter is written only when outbox entries are dropped (pulled-page.ts) and by the version 4
 * upgrade, so a save writes one row fewer; ids still never repeat, since the newest entry is only dropped in
 * a transaction that moves the counter past it.
 */
export function nextMutationId(stored: number, newestInOutbox: unknown): number {
  return Math.max(stored, typeof newestInOutbox === 'number' ? newestInOutbox + 1 : 1);
}

/** The outbox scope of upload-only entries: not a concern, and not '*' (which re-runs the outbox with every page). */
export const UPLOAD_ONLY_SCOPE = 'upload';

/** How write.run() queues a mutation. */
export interface LocalRunOptions {
  /**
   * Queue it upload-only (database.ts OutboxEntry.isUploadOnly), never undone or re-run: for a mutation whose
   * rows the server makes exactly as the desk did whatever happened in between (an import's ids come from its
   * rows), and too large to re-run with every pulled page.
   */
  readonly isUploadOnly?: boolean;
}

/** One transaction's writes: run mutations in order; read what they see through `store`. */
export interface LocalWrite {
  /** Runs one mutation and queues it for the server; throws MutationRejected (plain words) when it cannot. */
  run<N extends MutatorName>(name: N, args: MutatorArgs<N>, options?: LocalRunOptions): Promise<void>;
  /** The synced tables as this transaction sees them (prefetchRows warms it for a large mutation). */
  readonly store: DexieStore;
  /** Issues another write of this transaction (a draft deletion) without waiting: it is awaited before commit. */
  later(write: PromiseLike<unknown>): void;
  /** The database's tables bound to this transaction, for the caller's other writes (drafts). */
  readonly tables: WriteTables;
}

const listeners = new WeakMap<NotebookDb, Set<() => void>>();

/** Calls `listener` after each committed local write; returns the function that stops it. */
export function onLocalMutation(db: NotebookDb, listener: () => void): () => void {
  const set = listeners.get(db) ?? new Set();
  listeners.set(db, set);
  set.add(listener);
  return () => set.delete(listener);
}

/** The tables a local write transaction includes: the synced ones, the outbox and state, and drafts. */
export function localWriteScope(db: NotebookDb) {
  return [...syncScope(db), db.outbox, db.sync_state, db.drafts];
}

/**
 * Runs `body` in one Dexie transaction in which each write.run() applies a mutation and appends its outbox
 * entry. The body may also write drafts (through write.tables). If anything throws, nothing is written.
 */
export async function withLocalMutations<T>(
  db: NotebookDb,
  author: MutationAuthor,
  body: (write: LocalWrite) => Promise<T>,
): Promise<T> {
  let made = 0;
  const result = await db.transaction('rw', localWriteScope(db), async (tx) => {
    const tables = tablesOf(tx);
    const store = createDexieStore(syncTablesOf(tables));
    let ids: { clientId: string; next: number } | undefined;
    const write: LocalWrite = {
      store,
      tables,
      later: store.later,
      async run(name, args, options) {
        // The concern's rows and the desk's ids are read together: one wait instead of four (a save waits).
        const concernId = concernOfMutation(name, args);
        const warm = concernId === '*' || isScope(concernId) ? undefined : store.prefetchConcern(concernId);
        // Awaited below; until then a failure (the transaction aborting) must not count as unhandled.
        warm?.catch(() => undefined);
        if (ids === undefined) {
          const [state, last] = await Dexie.Promise.all([readSyncState(tables), tables.outbox.orderBy('mutationId').lastKey()]);
          ids = { clientId: state.clientId ?? newId(), next: nextMutationId(state.nextMutationId, last) };
          if (state.clientId === undefined) store.later(writeSyncState(tables, { clientId: ids.clientId }));
        }
        await warm;
        const mutationId = ids.next;
        const outcome = await applyMutation(store, { name, args }, contextFor(ids.clientId, mutationId, author));
        if (outcome.status === 'rejected') throw outcome.rejection;
        const entry: OutboxEntry = {
          mutationId,
          name,
          args,
          at: author.at,
          by: author.by,
          ...(options?.isUploadOnly === true
            ? { concernId: UPLOAD_ONLY_SCOPE, undo: [], isUploadOnly: true }
            : { concernId: concernOfMutation(name, args), undo: outcome.undo }),
        };
        store.later(tables.outbox.add(entry));
        ids.next += 1;
        made += 1;
      },
    };
    const value = await body(write);
    await store.flush();
    return value;
  });
  if (made > 0) {
    for (const listener of listeners.get(db) ?? []) {
      // A listener's failure (the sync engine's) must not turn a saved change into a reported failure.
      try {
        listener();
      } catch (error) {
        console.error(error);
      }
    }
  }
  return result;
}

/** Runs one named mutation and queues it for the server, in one transaction; throws when it is rejected. */
export async function runLocalMutation<N extends MutatorName>(
  db: NotebookDb,
  name: N,
  args: MutatorArgs<N>,
  author: MutationAuthor,
): Promise<void> {
  await withLocalMutations(db, author, (write) => write.run(name, args));
}
